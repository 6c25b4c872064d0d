namespace CooperationGraph.GraphQL.Execution;

/// <content>The storage of a result object's values: fields of its own up to four, an array beyond.</content>
public abstract partial class ResultMap
{
    private sealed class One(string[] keys) : ResultMap(keys)
    {
        private object? _first;

        internal override void SetAt(int index, object? value) => _first = value;

        private protected override object? Get(int index) => _first;
    }

    private sealed class Two(string[] keys) : ResultMap(keys)
    {
        private object? _first;
        private object? _second;

        internal override void SetAt(int index, object? value)
        {
            if (index == 0)
            {
                _first = value;
            }
            else
            {
                _second = value;
            }
        }

        private protected override object? Get(int index) => index == 0 ? _first : _second;
    }

    private sealed class Three(string[] keys) : ResultMap(keys)
    {
        private object? _first;
        private object? _second;
        private object? _third;

        internal override void SetAt(int index, object? value)
        {
            switch (index)
            {
                case 0:
                    _first = value;
                    break;
                case 1:
                    _second = value;
                    break;
                default:
                    _third = value;
                    break;
            }
        }

        private protected override object? Get(int index) => index switch
        {
            0 => _first,
            1 => _second,
            _ => _third,
        };
    }

    private sealed class Four(string[] keys) : ResultMap(keys)
    {
        private object? _first;
        private object? _second;
        private object? _third;
        private object? _fourth;

        internal override void SetAt(int index, object? value)
        {
            switch (index)
            {
                case 0:
                    _first = value;
                    break;
                case 1:
                    _second = value;
                    break;
                case 2:
                    _third = value;
                    break;
                default:
                    _fourth = value;
                    break;
            }
        }

        private protected override object? Get(int index) => index switch
        {
            0 => _first,
            1 => _second,
            2 => _third,
            _ => _fourth,
        };
    }

    // No keys (a selection whose fields the type does not define) or more than four.
    private sealed class Many(string[] keys) : ResultMap(keys)
    {
        private readonly object?[] _values = keys.Length == 0 ? [] : new object?[keys.Length];

        internal override void SetAt(int index, object? value) => _values[index] = value;

        private protected override object? Get(int index) => _values[index];
    }
}

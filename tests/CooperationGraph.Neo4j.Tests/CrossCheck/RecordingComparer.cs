namespace CooperationGraph.Neo4j.Tests.CrossCheck;

/// <summary>
/// Compares two recordings of one scenario: connection by connection the listener, handshake slots and manifest
/// answer, then the client messages' names in order and each message byte for byte (as a PackStream tree, so an
/// excused field does not hide its neighbours). Every difference not excused by <see cref="LegalDifferences"/> is
/// reported; excused ones are listed with their reason.
/// </summary>
internal sealed class RecordingComparer(LegalDifferences legal, string version, string scenario)
{
    public List<string> Unexcused { get; } = [];

    public List<string> Excused { get; } = [];

    public RecordingComparer Compare(BoltRecording expected, BoltRecording actual)
    {
        if (expected.Connections.Count != actual.Connections.Count)
        {
            Differ("connections", $"{expected.Connections.Count} expected, {actual.Connections.Count} made");
        }

        foreach (var (e, a, number) in expected.Connections.Zip(actual.Connections).Select((pair, i) => (pair.First, pair.Second, i + 1)))
        {
            if (e.Listener != a.Listener)
            {
                Differ($"connection {number} listener", $"{e.Listener} expected, {a.Listener} reached");
            }

            for (var slot = 0; slot < 5; slot++)
            {
                var (es, @as) = (Slot(e.Handshake, slot), Slot(a.Handshake, slot));
                if (es != @as)
                {
                    Differ($"handshake slot {slot}", $"{es} expected, {@as} sent");
                }
            }

            if (Convert.ToHexStringLower(e.ManifestAnswer ?? []) != Convert.ToHexStringLower(a.ManifestAnswer ?? []))
            {
                Differ("manifest answer", $"{Convert.ToHexStringLower(e.ManifestAnswer ?? [])} expected, {Convert.ToHexStringLower(a.ManifestAnswer ?? [])} sent");
            }

            CompareMessages(number, [.. e.ClientMessages], [.. a.ClientMessages]);
        }

        var (expectedOutputs, actualOutputs) = (legal.NormaliseOutputs(expected.Outputs, version, scenario, Excused), legal.NormaliseOutputs(actual.Outputs, version, scenario, Excused));
        if (!expectedOutputs.SequenceEqual(actualOutputs))
        {
            Differ("outputs", $"expected\n    {string.Join("\n    ", expectedOutputs)}\n  got\n    {string.Join("\n    ", actualOutputs)}");
        }

        return this;
    }

    private static string Slot(byte[] handshake, int slot) =>
        handshake.Length >= (slot + 1) * 4 ? Convert.ToHexStringLower(handshake, slot * 4, 4) : "none";

    private void CompareMessages(int connection, List<RecordedMessage> expected, List<RecordedMessage> actual)
    {
        var names = (string.Join(' ', expected.Select(m => m.Name)), string.Join(' ', actual.Select(m => m.Name)));
        if (names.Item1 != names.Item2)
        {
            Differ($"connection {connection} messages", $"{names.Item1} expected, {names.Item2} sent");
        }

        foreach (var (e, a) in expected.Zip(actual).TakeWhile(pair => pair.First.Name == pair.Second.Name))
        {
            if (!e.Bytes.AsSpan().SequenceEqual(a.Bytes))
            {
                CompareTree(e.Name, PackStreamTree.Parse(e.Bytes), PackStreamTree.Parse(a.Bytes));
            }
        }
    }

    private void CompareTree(string path, PackStreamTree expected, PackStreamTree actual)
    {
        if (legal.Excuse(path, version, scenario) is { } excuse)
        {
            Excused.Add($"{path}: {excuse.Reason}");
            return;
        }

        if (expected.Kind != actual.Kind || (expected.Children.Count == 0 && actual.Children.Count == 0 && !expected.Raw.AsSpan().SequenceEqual(actual.Raw)))
        {
            Differ(path, $"{Convert.ToHexStringLower(expected.Raw)} expected, {Convert.ToHexStringLower(actual.Raw)} sent");
            return;
        }

        var (e, a) = (expected.Children, actual.Children);
        if (expected.Kind == "map")
        {
            // An excused key may be missing on one side; where both have it, it must still sit in the same place.
            bool Kept(string key, IEnumerable<(string Key, PackStreamTree)> other) =>
                legal.Excuse($"{path}/{key}", version, scenario) is null || other.Any(c => c.Key == key);
            var kept = (e.Where(c => Kept(c.Key, actual.Children)).ToList(), a.Where(c => Kept(c.Key, expected.Children)).ToList());
            foreach (var key in e.Concat(a).Select(c => c.Key).Distinct().Where(key => legal.Excuse($"{path}/{key}", version, scenario) is not null))
            {
                Excused.Add($"{path}/{key}: {legal.Excuse($"{path}/{key}", version, scenario)!.Reason}");
            }

            (e, a) = kept;
            var keys = (string.Join(',', e.Select(c => c.Key)), string.Join(',', a.Select(c => c.Key)));
            if (keys.Item1 != keys.Item2)
            {
                Differ(path, $"keys {keys.Item1} expected, {keys.Item2} sent");
                return;
            }
        }

        if (e.Count == expected.Children.Count && a.Count == actual.Children.Count && !expected.Raw.AsSpan().SequenceEqual(actual.Raw))
        {
            Differ(path, $"header {Convert.ToHexStringLower(expected.Raw)} expected, {Convert.ToHexStringLower(actual.Raw)} sent");
            return;
        }

        foreach (var (ec, ac) in e.Zip(a))
        {
            CompareTree($"{path}/{ec.Key}", ec.Value, ac.Value);
        }
    }

    private void Differ(string location, string detail)
    {
        if (legal.Excuse(location, version, scenario) is { } excuse)
        {
            Excused.Add($"{location}: {excuse.Reason}");
        }
        else
        {
            Unexcused.Add($"{location}: {detail}");
        }
    }
}

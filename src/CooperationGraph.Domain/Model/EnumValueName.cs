using System.Text;

namespace CooperationGraph.Domain.Model;

/// <summary>
/// How a model value (<c>state-owned</c>, <c>GreaterBayArea</c>) is spelt as a GraphQL enum value
/// (<c>STATE_OWNED</c>, <c>GREATER_BAY_AREA</c>): one rule, so the schema's enums and the keys of grouped counts agree.
/// </summary>
public static class EnumValueName
{
    /// <summary>The enum value naming <paramref name="modelValue"/>.</summary>
    public static string Of(string modelValue)
    {
        ArgumentException.ThrowIfNullOrEmpty(modelValue);
        var name = new StringBuilder(modelValue.Length + 4);
        for (var i = 0; i < modelValue.Length; i++)
        {
            var c = modelValue[i];
            if (char.IsUpper(c) && i > 0 && char.IsLower(modelValue[i - 1]))
            {
                name.Append('_');
            }

            name.Append(char.IsLetterOrDigit(c) ? char.ToUpperInvariant(c) : '_');
        }

        // A GraphQL name cannot start with a digit.
        return char.IsDigit(name[0]) ? "_" + name : name.ToString();
    }
}

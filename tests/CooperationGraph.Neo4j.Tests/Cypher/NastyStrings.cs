namespace CooperationGraph.Neo4j.Tests.Cypher;

/// <summary>Text that breaks naive quoting: quotes, backslashes, escapes that look real, newlines, controls, astral characters.</summary>
public static class NastyStrings
{
    public static readonly string[] All =
    [
        "it's",
        "\"double\" and 'single'",
        "back\\slash at the end\\",
        "\\' not an escape",
        "line\nbreak\r\nand\ttab",
        "\u2028line separator\u2029paragraph separator\u0085next line",
        "nul\0bell\u0007escape\u001b del\u007f",
        "广西壮族自治区科学技术厅“十三五”期间；分号",
        "emoji 🧬 and astral 𠀀",
        "/* not a comment */ // nor this ; MATCH (n) DETACH DELETE n",
        "`backtick` and {braces} [brackets] $param",
        "",
        " ",
    ];
}

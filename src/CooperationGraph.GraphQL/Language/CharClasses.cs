namespace CooperationGraph.GraphQL.Language;

internal static class CharClasses
{
    public static bool IsDigit(int code) => (uint)(code - '0') <= 9;

    public static bool IsLetter(int code) => (uint)((code | 0x20) - 'a') <= 'z' - 'a';

    public static bool IsNameStart(int code) => IsLetter(code) || code == '_';

    public static bool IsNameContinue(int code) => IsLetter(code) || IsDigit(code) || code == '_';

    public static bool IsWhiteSpace(int code) => code is '\t' or ' ';
}

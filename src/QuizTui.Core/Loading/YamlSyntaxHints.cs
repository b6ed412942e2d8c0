using System.Text.RegularExpressions;

namespace QuizTui.Core.Loading;

/// <summary>
/// Turns the YAML parser's wording ("While scanning a plain scalar value, found invalid mapping")
/// into what an instructor did and how to fix it, for the mistakes people make most: a tab in the
/// indentation, a line indented too far or not far enough, <c>: </c> inside a value, and a value
/// that starts with a quote mark or a symbol.
/// </summary>
internal static partial class YamlSyntaxHints
{
    private const string SpecialStarts = "\"'[{*&!%@`";

    /// <summary>A better position and message for a syntax error, or null to keep the parser's.</summary>
    /// <param name="text">The whole file.</param>
    /// <param name="line">The parser's line, from 1.</param>
    /// <param name="column">The parser's column, from 1.</param>
    /// <param name="parserMessage">The parser's message, without its position prefix.</param>
    public static (int Line, int Column, string Message)? Explain(string text, int line, int column, string parserMessage)
    {
        string[] lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        if (line < 1 || line > lines.Length)
            return null;

        // A tab in the indentation up to the error is the cause, whatever the parser says; when the
        // parser names a tab, it may report the start of the enclosing object, so look further.
        int lastToScan = parserMessage.Contains("tab", StringComparison.OrdinalIgnoreCase) ? lines.Length : line;
        for (int i = 0; i < lastToScan; i++)
        {
            string indent = LeadingBlank(lines[i]);
            int tab = indent.IndexOf('\t', StringComparison.Ordinal);
            if (tab >= 0 && lines[i].Trim().Length > 0)
                return (i + 1, tab + 1, "this line is indented with a tab; YAML indents with spaces only: replace the tab with spaces");
        }

        string current = lines[line - 1];
        var entry = KeyLine().Match(current);
        int previousIndex = PreviousContentLine(lines, line - 1);

        if (parserMessage.Contains("found invalid mapping", StringComparison.Ordinal)
            || parserMessage.Contains("did not find expected key", StringComparison.Ordinal)
            || parserMessage.Contains("did not find expected '-' indicator", StringComparison.Ordinal)
            || parserMessage.Contains("cannot start any token", StringComparison.Ordinal))
        {
            // A key line whose indentation does not match the object it belongs to.
            if (entry.Success && previousIndex >= 0 && entry.Groups["dash"].Length == 0)
            {
                var previous = KeyLine().Match(lines[previousIndex]);
                int keyColumn = entry.Groups["key"].Index + 1;
                if (previous.Success && previous.Groups["key"].Index + 1 != keyColumn)
                {
                    int expected = previous.Groups["key"].Index + 1;
                    string key = entry.Groups["key"].Value;
                    string above = previous.Groups["key"].Value;
                    bool deeper = keyColumn > expected;
                    bool previousHasValue = previous.Groups["value"].Value.Trim().Length > 0;
                    if (deeper && previousHasValue)
                    {
                        return (line, keyColumn,
                            $"`{key}` is indented further than `{above}` on the line above, so YAML reads it as part of the value of `{above}`; "
                            + $"start `{key}` in column {expected}, like the other keys of the same object");
                    }
                    if (!deeper || previousHasValue)
                    {
                        return (line, keyColumn,
                            $"`{key}` starts in column {keyColumn} but `{above}` on the line above starts in column {expected}; "
                            + "the keys of one object must all start in the same column");
                    }
                }
            }

            // A value that starts with a quote mark or a symbol, and goes on after it.
            if (entry.Success && SpecialValue(entry.Groups["value"].Value) is { } special)
                return (line, entry.Groups["value"].Index + 1, special(entry.Groups["key"].Value));

            // ": " inside a plain value: YAML takes it for another key.
            if (parserMessage.Contains("found invalid mapping", StringComparison.Ordinal)
                && entry.Success && entry.Groups["value"].Value.Contains(": ", StringComparison.Ordinal))
            {
                string key = entry.Groups["key"].Value;
                return (line, column,
                    $"the value of `{key}` contains `: `, which YAML reads as the start of another key; "
                    + $"put the whole value in quotes ({key}: \"…\"), or write it on the next line after `{key}: >-`");
            }
        }

        if (parserMessage.Contains("double-quoted scalar", StringComparison.Ordinal)
            || parserMessage.Contains("single-quoted scalar", StringComparison.Ordinal))
        {
            return (line, column,
                "the quoted text that starts here has no closing quote mark on its line; close it, or, if the text itself "
                + "contains quote marks, write it on the next line after `KEY: >-`, where quotes need no escaping");
        }
        return null;
    }

    /// <summary>The advice for a value that starts with a quote mark or a symbol, or null if it is fine.</summary>
    private static Func<string, string>? SpecialValue(string value)
    {
        value = value.TrimEnd();
        if (value.Length == 0 || !SpecialStarts.Contains(value[0], StringComparison.Ordinal))
            return null;
        char first = value[0];
        if (first is '"' or '\'')
        {
            int close = value.IndexOf(first, 1);
            bool wholeValue = close == value.Length - 1 || (close > 0 && value[(close + 1)..].TrimStart().StartsWith('#'));
            if (wholeValue)
                return null;
            return key => $"the value of `{key}` starts with a quote mark, so YAML ends it at the next {first} and cannot read what follows; "
                + $"write the text on the next line after `{key}: >-`, where quote marks need no escaping";
        }
        if ((first == '[' && value.EndsWith(']')) || (first == '{' && value.EndsWith('}')))
            return null;
        return key => $"the value of `{key}` starts with `{first}`, which YAML reads as special syntax; "
            + $"put the whole value in double quotes: {key}: \"{value.Replace("\"", "\\\"", StringComparison.Ordinal)}\"";
    }

    private static int PreviousContentLine(string[] lines, int before)
    {
        for (int i = before - 1; i >= 0; i--)
        {
            string trimmed = lines[i].Trim();
            if (trimmed.Length > 0 && !trimmed.StartsWith('#'))
                return i;
        }
        return -1;
    }

    private static string LeadingBlank(string line)
    {
        int n = 0;
        while (n < line.Length && line[n] is ' ' or '\t')
            n++;
        return line[..n];
    }

    /// <summary><c>  - key: value</c> or <c>  key: value</c>; the key is a plain word.</summary>
    [GeneratedRegex(@"^(?<indent> *)(?<dash>- +)?(?<key>[A-Za-z_][A-Za-z0-9_-]*):(?: +(?<value>.*))?\r?$")]
    private static partial Regex KeyLine();
}

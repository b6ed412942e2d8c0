using YamlDotNet.Core;

namespace QuizTui.Core.Loading;

/// <summary>Reads a content file's text as its one YAML document, which must be a mapping of keys.</summary>
internal static class YamlDocuments
{
    /// <summary>The file's top mapping, or null when the file is not such a document (the reason is reported).</summary>
    public static YamlTree? ReadMapping(ContentFile file, FileReport report)
    {
        foreach (var (line, column, code, note) in DraftMarkers.Find(file.Text))
        {
            report.Report(code, line, column, code == DiagnosticCodes.DraftFillIn
                ? $"the draft left this for you to fill in: {note}. Write it, then remove `{DraftMarkers.FillIn}`."
                : $"the draft asks you to check this: {note}. Check it against the article, then remove `{DraftMarkers.Check}`.");
        }
        int nul = file.Text.IndexOf('\0', StringComparison.Ordinal);
        if (nul >= 0)
        {
            var (line, column) = PositionOf(file.Text, nul);
            report.Report(DiagnosticCodes.YamlSyntax, line, column, "YAML syntax error: the file is not text (it holds binary data); a content file is plain text saved as UTF-8.");
            return null;
        }
        int undecodable = file.Text.IndexOf('\uFFFD', StringComparison.Ordinal);
        if (undecodable >= 0)
        {
            var (line, column) = PositionOf(file.Text, undecodable);
            report.Report(DiagnosticCodes.YamlSyntax, line, column,
                "YAML syntax error: this character is not UTF-8; the file was saved in another encoding (such as Windows-1252 or Latin-1). Save it as UTF-8 in your editor.");
            return null;
        }
        List<YamlTree> documents;
        try
        {
            documents = YamlTreeReader.Read(file.Text);
        }
        catch (YamlException ex)
        {
            var mark = ex.Start;
            string message = ex.InnerException is { } inner && ex.Message.StartsWith("(Line", StringComparison.Ordinal)
                ? inner.Message
                : ex.Message;
            message = CleanYamlMessage(message);
            int line = (int)Math.Min(int.MaxValue, mark.Line);
            int column = (int)Math.Min(int.MaxValue, mark.Column);
            if (YamlSyntaxHints.Explain(file.Text, line, column, message) is { } hint)
                report.Report(DiagnosticCodes.YamlSyntax, hint.Line, hint.Column, $"YAML syntax error: {hint.Message}.");
            else
                report.Report(DiagnosticCodes.YamlSyntax, line, column, $"YAML syntax error: {message}. Check indentation, colons and quotes around this point.");
            return null;
        }
        catch (YamlTreeException ex)
        {
            report.Report(DiagnosticCodes.YamlSyntax, ex.Line, ex.Column, $"YAML syntax error: {ex.Message}.");
            return null;
        }

        if (documents.Count == 0 || (documents.Count == 1 && documents[0].IsNull))
        {
            report.Report(DiagnosticCodes.EmptyFile, 1, 1, "the file is empty; write the keys of the format (see docs/content-format.md).");
            return null;
        }
        if (documents.Count > 1)
        {
            report.Report(DiagnosticCodes.SeveralDocuments, documents[1].Line, documents[1].Column,
                "the file holds more than one YAML document; remove the `---` separator and keep one document per file.");
        }
        var root = documents[0];
        if (root.Kind != YamlKind.Mapping)
        {
            report.Report(DiagnosticCodes.MappingExpectedAtTop, root,
                $"the file must be a mapping of keys (`id: …`, `title: …`), not {root.Describe()}.");
            return null;
        }
        return root;
    }

    private static string CleanYamlMessage(string message)
    {
        // YamlDotNet prefixes "(Line: 3, Col: 5, Idx: 20) - (Line: ...): "; the position is reported separately.
        int marker = message.IndexOf("): ", StringComparison.Ordinal);
        if (message.StartsWith("(Line", StringComparison.Ordinal) && marker >= 0)
            message = message[(marker + 3)..];
        return message.TrimEnd('.', ' ');
    }

    /// <summary>The 1-based line and column of a character, so an editor can jump to it.</summary>
    private static (int Line, int Column) PositionOf(string text, int index) =>
        (1 + text.AsSpan(0, index).Count('\n'), index - (text.LastIndexOf('\n', Math.Max(0, index - 1)) + 1) + 1);
}

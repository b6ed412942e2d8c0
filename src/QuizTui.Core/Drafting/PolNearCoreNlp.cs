using System.Globalization;
using System.Xml.Linq;

namespace QuizTui.Core.Drafting;

/// <summary>One token of a CoreNLP analysis: where it is in the article, its part of speech and its named-entity tag.</summary>
/// <param name="Range">Where the token is printed.</param>
/// <param name="PartOfSpeech">Penn tag (<c>NNP</c>, <c>PRP</c>, <c>POS</c>, …).</param>
/// <param name="Entity">Named-entity tag (<c>PERSON</c>, <c>ORGANIZATION</c>, <c>O</c>, …).</param>
public sealed record CoreNlpToken(TextRange Range, string PartOfSpeech, string Entity);

/// <summary>One coreference chain: the places that name one thing, and the one CoreNLP chose to represent it.</summary>
/// <param name="Mentions">Where each mention is printed.</param>
/// <param name="Representative">The representative mention.</param>
public sealed record CoreNlpChain(IReadOnlyList<TextRange> Mentions, TextRange Representative);

/// <summary>
/// The parts of a Stanford CoreNLP XML analysis of a PolNeAR article that gold speakers need:
/// tokens with their character offsets (UTF-16, as Java counts them), part of speech and entity
/// tag, and the coreference chains, each mention placed by its tokens' offsets.
/// </summary>
/// <param name="Tokens">Every token, in text order.</param>
/// <param name="Chains">Every coreference chain.</param>
public sealed record CoreNlpAnalysis(IReadOnlyList<CoreNlpToken> Tokens, IReadOnlyList<CoreNlpChain> Chains)
{
    /// <summary>Reads the XML CoreNLP writes (<c>root/document/sentences</c> and <c>root/document/coreference</c>).</summary>
    /// <exception cref="FormatException">The XML cannot be read or a number in it is not a number.</exception>
    public static CoreNlpAnalysis Parse(string xml)
    {
        XDocument document;
        try
        {
            document = XDocument.Parse(xml);
        }
        catch (System.Xml.XmlException e)
        {
            throw new FormatException("CoreNLP XML: " + e.Message, e);
        }
        var tokens = new List<CoreNlpToken>();
        // Sentence id → token id → range, for placing coreference mentions (token ids count from 1).
        var sentences = new Dictionary<int, List<TextRange>>();
        foreach (var sentence in document.Descendants("sentences").Elements("sentence"))
        {
            var ranges = new List<TextRange>();
            foreach (var token in sentence.Elements("tokens").Elements("token"))
            {
                var range = new TextRange(Number(token, "CharacterOffsetBegin"), Number(token, "CharacterOffsetEnd"));
                ranges.Add(range);
                tokens.Add(new CoreNlpToken(range, (string?)token.Element("POS") ?? "", (string?)token.Element("NER") ?? "O"));
            }
            sentences[Number(sentence.Attribute("id")?.Value)] = ranges;
        }

        var chains = new List<CoreNlpChain>();
        // The chains are the inner <coreference> elements, each a list of <mention>.
        foreach (var chain in document.Descendants("coreference").Where(c => c.Elements("mention").Any()))
        {
            var mentions = new List<TextRange>();
            TextRange? representative = null;
            foreach (var mention in chain.Elements("mention"))
            {
                if (!sentences.TryGetValue(Number(mention, "sentence"), out var ranges))
                {
                    continue;
                }
                var first = Number(mention, "start") - 1;
                var last = Number(mention, "end") - 2;
                if (first < 0 || last < first || last >= ranges.Count)
                {
                    continue;
                }
                var range = new TextRange(ranges[first].Start, ranges[last].End);
                mentions.Add(range);
                if ((string?)mention.Attribute("representative") == "true")
                {
                    representative = range;
                }
            }
            if (mentions.Count > 0)
            {
                chains.Add(new CoreNlpChain(mentions, representative ?? mentions[0]));
            }
        }
        return new CoreNlpAnalysis(tokens, chains);
    }

    private static int Number(XElement parent, string name) => Number((string?)parent.Element(name));

    private static int Number(string? value) =>
        int.TryParse(value, NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw new FormatException($"CoreNLP XML: '{value}' is not a number");
}

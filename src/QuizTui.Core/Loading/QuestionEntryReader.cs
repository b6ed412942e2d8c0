using System.Globalization;
using QuizTui.Core.Model;

namespace QuizTui.Core.Loading;

/// <summary>Reads one entry of a comprehension quiz's <c>questions</c>: the keys every question has, then those of its type.</summary>
internal static class QuestionEntryReader
{
    public static Question? Read(YamlTree node, string? quizArticle, TypedValues values, PackContent pack)
    {
        var report = values.File;
        if (node.Kind != YamlKind.Mapping)
        {
            report.Report(DiagnosticCodes.MappingExpected, node, $"a question must be written as `key: value` lines (`- id: …`), not {node.Describe()}.");
            return null;
        }
        var typeNode = node.Pairs.FirstOrDefault(p => p.Key.IsScalar && p.Key.Value == "type").Value;
        string? typeKey = typeNode is { IsScalar: true, IsNull: false } ? typeNode.Value.Trim() : null;
        var keys = typeKey is not null && ContentKeys.QuestionsByType.TryGetValue(typeKey, out var k) ? k : ContentKeys.AnyQuestion;
        var f = new Fields(values, node, keys);

        string? id = f.Id("id");
        pack.Ids.Register("question", id, f.Value("id"), report);
        string? type = f.Text("type");
        if (type is not null && !ContentKeys.QuestionsByType.ContainsKey(type))
        {
            report.Report(DiagnosticCodes.UnknownType, f.At("type"),
                $"unknown question type `{type}`.{Suggestions.DidYouMean(type, ContentKeys.QuestionTypes)} Use one of: {string.Join(", ", ContentKeys.QuestionTypes)}.");
        }
        string? prompt = f.Text("prompt");
        if (prompt is { Length: > ContentKeys.MaxPromptLength })
        {
            report.Report(DiagnosticCodes.LongPrompt, f.At("prompt"),
                $"the prompt is {prompt.Length} characters, more than a screen ({ContentKeys.MaxPromptLength}); shorten it or move detail to the explanation.");
        }
        string? explanation = f.Text("explanation");
        if (explanation is null)
            report.Report(DiagnosticCodes.MissingExplanation, node, "the question has no `explanation`; add one saying where in which article the answer is found.");
        Skill skill = default;
        bool skillOk = false;
        if (f.Text("skill") is { } skillKey)
        {
            skillOk = ContentKeys.Skills.Contains(skillKey) && Skills.TryParse(skillKey, out skill);
            if (!skillOk)
            {
                report.Report(DiagnosticCodes.UnknownSkill, f.At("skill"),
                    $"unknown skill `{skillKey}`.{Suggestions.DidYouMean(skillKey, ContentKeys.Skills)} Use one of: {string.Join(", ", ContentKeys.Skills)}.");
            }
        }

        var articleIds = pack.References.IdList(values, f.List("articles"), "articles", RefKind.Article, "a question");
        if (articleIds.Count == 0 && quizArticle is not null)
            articleIds = [quizArticle];
        if (articleIds.Count == 0 && quizArticle is null && !(f.Value("articles") is { Kind: YamlKind.Sequence, Items.Count: > 0 }))
        {
            report.Report(DiagnosticCodes.QuestionWithoutArticles, f.KeyAt("articles"),
                "this event-level quiz has no `article`, so each question must list the `articles` it rests on; add `articles: [article-id]`.");
        }

        var location = report.Where(node);
        bool ok = id is not null && prompt is not null && skillOk;
        string qid = id ?? "";
        string text = prompt ?? "";
        Question? Done(Question q) => ok ? q : null;

        switch (type)
        {
            case "single-choice":
            {
                var choices = ReadChoices(f, single: true);
                return Done(new SingleChoiceQuestion(qid, text, explanation, skill, articleIds, location, choices));
            }
            case "multiple-answers":
            {
                var choices = ReadChoices(f, single: false);
                return Done(new MultipleAnswersQuestion(qid, text, explanation, skill, articleIds, location, choices));
            }
            case "true-false":
            {
                bool answer = false;
                if (f.Value("answer") is { } v && !Fields.TryBool(v, out answer))
                {
                    string hint = v.IsScalar && v.Value.Trim().ToLowerInvariant() is "yes" or "no" or "y" or "n" or "on" or "off"
                        ? " (YAML `yes`/`no` are not booleans here)"
                        : "";
                    report.Report(DiagnosticCodes.TrueFalseAnswer, v, $"a true-false `answer` must be `true` or `false`, not {TypedValues.Shown(v)}{hint}.");
                }
                return Done(new TrueFalseQuestion(qid, text, explanation, skill, articleIds, location, answer));
            }
            case "short-answer":
            {
                var accepted = new List<string>();
                var list = f.List("accepted");
                if (list is { Count: 0 })
                    report.Report(DiagnosticCodes.EmptyValue, f.KeyAt("accepted"), "`accepted` is empty; list at least one accepted answer.");
                var folded = new HashSet<string>(StringComparer.Ordinal);
                foreach (var item in list ?? [])
                {
                    if (!item.IsScalar)
                    {
                        values.AsText(item, "accepted");
                        continue;
                    }
                    string answer = item.Value.Trim();
                    if (item.IsNull || answer.Length == 0 || TextFolding.FoldForAnswer(answer).Length == 0)
                    {
                        report.Report(DiagnosticCodes.EmptyAcceptedAnswer, item, "an accepted answer is empty (or only punctuation), so it can never match; remove it.");
                        continue;
                    }
                    if (!folded.Add(TextFolding.FoldForAnswer(answer)))
                        report.Report(DiagnosticCodes.RepeatedText, item, $"`{answer}` is accepted twice (case, punctuation and spacing are ignored); remove the repeat.");
                    accepted.Add(answer);
                }
                return Done(new ShortAnswerQuestion(qid, text, explanation, skill, articleIds, location, accepted));
            }
            case "numeric":
            {
                decimal answer = f.Number("answer") ?? 0;
                decimal tolerance = f.Number("tolerance") ?? 0;
                if (tolerance < 0)
                    report.Report(DiagnosticCodes.NegativeTolerance, f.At("tolerance"), $"`tolerance` must be 0 or more, not {tolerance.ToString(CultureInfo.InvariantCulture)}.");
                string? unit = f.Text("unit");
                return Done(new NumericQuestion(qid, text, explanation, skill, articleIds, location, answer, tolerance, unit));
            }
            case "ordering":
            {
                var items = f.TextList("items");
                if (items is not null && items.Count < ContentKeys.MinOrderingItems)
                    report.Report(DiagnosticCodes.TooFewItems, f.KeyAt("items"), $"an ordering question needs at least {ContentKeys.MinOrderingItems} items; it has {items.Count}.");
                return Done(new OrderingQuestion(qid, text, explanation, skill, articleIds, location, items ?? []));
            }
            case "matching":
            {
                var pairs = new List<MatchPair>();
                var list = f.List("pairs");
                if (list is not null && list.Count < ContentKeys.MinMatchingPairs)
                    report.Report(DiagnosticCodes.TooFewPairs, f.KeyAt("pairs"), $"a matching question needs at least {ContentKeys.MinMatchingPairs} pairs; it has {list.Count}.");
                var lefts = new HashSet<string>(StringComparer.Ordinal);
                var rights = new HashSet<string>(StringComparer.Ordinal);
                foreach (var item in list ?? [])
                {
                    if (values.AsFields(item, ContentKeys.Pair, "pairs") is not { } pf)
                        continue;
                    string? left = pf.Text("left");
                    string? right = pf.Text("right");
                    if (left is not null && !lefts.Add(Fields.FoldForRepeats(left)))
                        report.Report(DiagnosticCodes.RepeatedText, pf.At("left"), $"the left item `{left}` appears twice; each left item must be distinct.");
                    if (right is not null && !rights.Add(Fields.FoldForRepeats(right)))
                        report.Report(DiagnosticCodes.RepeatedText, pf.At("right"), $"the right item `{right}` appears twice; each right item must be distinct.");
                    if (left is not null && right is not null)
                        pairs.Add(new MatchPair(left, right));
                }
                return Done(new MatchingQuestion(qid, text, explanation, skill, articleIds, location, pairs));
            }
            case "evidence":
            {
                var choices = ReadChoices(f, single: true);
                string evidencePrompt = f.Text("evidence_prompt") ?? EvidenceQuestion.DefaultEvidencePrompt;
                var evidence = ReadEvidence(f, pack);
                // Articles are read before quizzes, so every quotation and key point is known here;
                // an unknown one is reported by the cross-reference pass.
                var resolved = new List<EvidenceChoice>();
                foreach (var (kind, refId, correct) in evidence)
                {
                    string? refText = kind == EvidenceKind.Quotation
                        ? (pack.Quotations.TryGetValue(refId, out var q) ? q.Text : null)
                        : (pack.KeyPoints.TryGetValue(refId, out var kp) ? kp.Text : null);
                    if (refText is null)
                        return null;
                    resolved.Add(new EvidenceChoice(kind, refId, refText, correct));
                }
                return Done(new EvidenceQuestion(qid, text, explanation, skill, articleIds, location, choices, evidencePrompt, resolved));
            }
            default:
                return null;
        }
    }

    private static List<Choice> ReadChoices(Fields f, bool single)
    {
        var choices = new List<Choice>();
        var list = f.List("choices");
        if (list is null)
            return choices;
        if (list.Count < 2)
            f.Report(DiagnosticCodes.TooFewChoices, f.KeyAt("choices"), $"a question needs at least 2 choices; it has {list.Count}.");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        int correctCount = 0;
        bool allRead = true;
        foreach (var item in list)
        {
            if (f.Values.AsFields(item, ContentKeys.Choice, "choices") is not { } cf)
            {
                allRead = false;
                continue;
            }
            string? text = cf.Text("text");
            bool? correct = cf.Bool("correct");
            if (cf.Has("correct") && correct is null && cf.Value("correct") is not null)
                allRead = false;
            if (correct == true)
            {
                correctCount++;
                if (single && correctCount == 2)
                {
                    f.Report(DiagnosticCodes.SeveralCorrectChoices, cf.At("correct"),
                        "more than one choice is marked `correct: true`, but this question takes exactly one; mark only the right one (or use type multiple-answers).");
                }
            }
            if (text is null)
            {
                allRead = false;
                continue;
            }
            if (!seen.Add(Fields.FoldForRepeats(text)))
                f.Report(DiagnosticCodes.RepeatedText, cf.At("text"), $"the choice `{text}` is offered twice in this question; remove or reword one.");
            choices.Add(new Choice(text, correct == true, cf.Text("feedback")));
        }
        if (correctCount == 0 && allRead && list.Count > 0)
        {
            f.Report(DiagnosticCodes.NoCorrectChoice, f.KeyAt("choices"),
                single ? "no choice is marked `correct: true`; mark the right one." : "no choice is marked `correct: true`; mark every right one.");
        }
        return choices;
    }

    private static List<(EvidenceKind Kind, string Id, bool Correct)> ReadEvidence(Fields f, PackContent pack)
    {
        var evidence = new List<(EvidenceKind, string, bool)>();
        var list = f.List("evidence");
        if (list is null)
            return evidence;
        if (list.Count < 2)
            f.Report(DiagnosticCodes.TooFewChoices, f.KeyAt("evidence"), $"part B needs at least 2 pieces of evidence to choose from; it has {list.Count}.");
        int correctCount = 0;
        bool allRead = true;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in list)
        {
            if (f.Values.AsFields(item, ContentKeys.EvidenceItem, "evidence") is not { } ef)
            {
                allRead = false;
                continue;
            }
            bool hasQuotation = ef.Value("quotation") is not null;
            bool hasKeyPoint = ef.Value("key_point") is not null;
            bool? correct = ef.Bool("correct");
            if (ef.Value("correct") is not null && correct is null)
                allRead = false;
            if (correct == true)
            {
                correctCount++;
                if (correctCount == 2)
                    f.Report(DiagnosticCodes.SeveralCorrectEvidence, ef.At("correct"), "more than one piece of evidence is marked `correct: true`; part B takes exactly one.");
            }
            if (hasQuotation == hasKeyPoint)
            {
                f.Report(DiagnosticCodes.EvidenceTarget, item,
                    hasQuotation
                        ? "an evidence item names both a `quotation` and a `key_point`; keep one."
                        : "an evidence item must name a `quotation: ID` or a `key_point: ID`.");
                allRead = false;
                continue;
            }
            string key = hasQuotation ? "quotation" : "key_point";
            if (ef.Id(key) is not { } refId)
            {
                allRead = false;
                continue;
            }
            var kind = hasQuotation ? EvidenceKind.Quotation : EvidenceKind.KeyPoint;
            if (!seen.Add(key + ":" + refId))
                f.Report(DiagnosticCodes.RepeatedReference, ef.At(key), $"`{refId}` is offered twice as evidence; remove the repeat.");
            pack.References.Refer(hasQuotation ? RefKind.Quotation : RefKind.KeyPoint, refId, ef.At(key), "an evidence item", f.File);
            evidence.Add((kind, refId, correct == true));
        }
        if (correctCount == 0 && allRead && list.Count > 0)
            f.Report(DiagnosticCodes.NoCorrectEvidence, f.KeyAt("evidence"), "no evidence is marked `correct: true`; mark the one that supports the right answer.");
        return evidence;
    }
}

using QuizTui.Core.Authoring;
using QuizTui.Core.Export;
using QuizTui.Core.Formats;
using QuizTui.Core.Gift;
using QuizTui.Core.Loading;
using QuizTui.Core.Model;
using QuizTui.Core.Quizzes;

namespace QuizTui.Core.Questions;

/// <summary>
/// <c>evidence</c>: a two-part question. Part A is a single choice; part B asks which quotation or
/// key point of the event supports the answer.
/// </summary>
public sealed class EvidenceType : WrittenQuestionType<EvidenceQuestion>
{
    public static readonly EvidenceType Instance = new();

    /// <summary>An item of part B; exactly one of <c>quotation</c> and <c>key_point</c> must be given.</summary>
    private static readonly KeySet ItemKeys = new("evidence-item", "an evidence item",
        ["quotation", "key_point", "correct"],
        []);

    private EvidenceType()
    {
    }

    public override string Key => "evidence";

    public override KeySet Keys { get; } = QuestionKeys.For("evidence", "an evidence question", ["choices", "evidence_prompt", "evidence"], ["choices", "evidence"]);

    public override IReadOnlyList<KeySet> NestedKeys => [ChoiceList.Keys, ItemKeys];

    private protected override EvidenceQuestion? Read(QuestionEntry entry)
    {
        var f = entry.Fields;
        var choices = ChoiceList.Read(f, single: true);
        string evidencePrompt = f.Text("evidence_prompt") ?? EvidenceQuestion.DefaultEvidencePrompt;
        var evidence = ReadEvidence(f, entry.Pack);
        // Articles are read before quizzes, so every quotation and key point is known here; an
        // unknown one is reported by the cross-reference pass, and the question is left out.
        var resolved = new List<EvidenceChoice>();
        foreach (var (kind, refId, correct) in evidence)
        {
            string? refText = kind == EvidenceKind.Quotation
                ? (entry.Pack.Quotations.TryGetValue(refId, out var q) ? q.Text : null)
                : (entry.Pack.KeyPoints.TryGetValue(refId, out var kp) ? kp.Text : null);
            if (refText is null)
                return null;
            resolved.Add(new EvidenceChoice(kind, refId, refText, correct));
        }
        return new EvidenceQuestion(entry.Id, entry.Prompt, entry.Explanation, entry.Skill, entry.ArticleIds, entry.Location, choices, evidencePrompt, resolved);
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
            if (f.Values.AsFields(item, ItemKeys, "evidence") is not { } ef)
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

    private static string KindKey(EvidenceKind kind) => kind == EvidenceKind.Quotation ? "quotation" : "key_point";

    protected override void WriteYaml(EvidenceQuestion question, YamlText yaml)
    {
        ChoiceList.WriteYaml(yaml, question.Choices);
        if (question.EvidencePrompt != EvidenceQuestion.DefaultEvidencePrompt)
            yaml.Key(KeyColumn, "evidence_prompt", question.EvidencePrompt);
        yaml.Open(KeyColumn, "evidence");
        foreach (var evidence in question.Evidence)
        {
            yaml.Key(KeyColumn + 4, KindKey(evidence.Kind), evidence.RefId, item: true);
            if (evidence.IsCorrect)
                yaml.Raw(KeyColumn + 4, "correct", "true");
        }
    }

    /// <summary>Part A, then part B; a quotation offered as evidence is shown in quotation marks.</summary>
    protected override AnswerState NewAnswerState(EvidenceQuestion question, PresentedQuestion shown) =>
        new EvidenceState(shown,
            [.. question.Choices.Select(c => new AnswerOption(c.Text, c.IsCorrect))],
            question.EvidencePrompt,
            [.. question.Evidence.Select(e => new AnswerOption(e.Kind == EvidenceKind.Quotation ? "\u201C" + e.Text + "\u201D" : e.Text, e.IsCorrect))]);

    protected override void WriteJson(EvidenceQuestion question, JsonFields json) =>
        json.Add("choices", ChoiceList.Json(question.Choices))
            .Add("evidence_prompt", question.EvidencePrompt)
            .Add<IReadOnlyList<EvidenceJson>>("evidence", [.. question.Evidence.Select(e => new EvidenceJson(KindKey(e.Kind), e.RefId, e.Text, e.IsCorrect))]);

    /// <summary>GIFT has no two-part questions: part A and part B become two single-choice questions.</summary>
    private protected override void WriteGift(EvidenceQuestion question, GiftOutput gift)
    {
        gift.Note(question, $"evidence question \"{question.Id}\" exported as two single-choice questions, \"{question.Id}\" (part A) and \"{question.Id}-evidence\" (part B, which states part A's answer): GIFT has no two-part questions, so part B is not tied to part A's answer");
        gift.Open(question, question.Prompt);
        foreach (var choice in question.Choices)
            gift.Answer(choice.IsCorrect ? "=" : "~", choice);
        gift.Close(null);
        string answerA = question.CorrectIndex >= 0 ? question.Choices[question.CorrectIndex].Text : "";
        gift.Comments(question);
        gift.Title(question.Id + "-evidence", $"{question.Prompt} Answer: {answerA}. {question.EvidencePrompt}");
        foreach (var evidence in question.Evidence)
            gift.Answer(evidence.IsCorrect ? "=" : "~", evidence.Text);
        gift.Close(question.Explanation);
    }

    protected override PresentedQuestion Present(EvidenceQuestion question, Random random) =>
        new(question, Shuffling.Permutation(question.Choices.Count, random), Shuffling.Permutation(question.Evidence.Count, random));
}

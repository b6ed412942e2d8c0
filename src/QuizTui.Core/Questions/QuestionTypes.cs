namespace QuizTui.Core.Questions;

/// <summary>
/// The question types: the one table the loader, the writers (YAML, JSON, GIFT), the GIFT reader,
/// the session builder, the screens and the schema and docs tests read. A new type is one folder
/// beside the others and one line here; QuestionTypeTests fails until every part of it is there.
/// </summary>
public static class QuestionTypes
{
    /// <summary>Every type, in the order the docs and the schema list them (and GIFT reading tries them).</summary>
    public static IReadOnlyList<QuestionType> All { get; } =
    [
        SingleChoiceType.Instance,
        MultipleAnswersType.Instance,
        TrueFalseType.Instance,
        ShortAnswerType.Instance,
        NumericType.Instance,
        OrderingType.Instance,
        MatchingType.Instance,
        EvidenceType.Instance,
        WhoSaidWhatType.Instance,
    ];

    /// <summary>The types authors write as entries of a comprehension quiz's <c>questions</c>, by key.</summary>
    internal static IReadOnlyDictionary<string, IWrittenQuestionType> Written { get; } =
        All.OfType<IWrittenQuestionType>().ToDictionary(t => t.Key, StringComparer.Ordinal);

    /// <summary>The type with this key, or null.</summary>
    public static QuestionType? Find(string key) => All.FirstOrDefault(t => t.Key == key);
}

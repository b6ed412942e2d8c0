using QuizTui.Core.Authoring;
using QuizTui.Core.Formats;
using QuizTui.Core.Gift;
using QuizTui.Core.Loading;
using QuizTui.Core.Model;
using QuizTui.Core.Quizzes;

namespace QuizTui.Core.Questions;

/// <summary>
/// One question type, apart from its record (which holds a question and grades answers): the keys
/// authors write for it, how it is written out as JSON and GIFT, how GIFT is read into it, how a run
/// presents it and the answer state a screen drives for it. Each type is one subclass in its own
/// folder, beside its record, listed once in <see cref="QuestionTypes.All"/>; the loader, the
/// writers, the GIFT reader, the session builder and the screens all find the type from there.
/// </summary>
public abstract class QuestionType
{
    /// <summary>The type's key: what authors write after <c>type:</c>, the JSON <c>type</c> and the answer log's type.</summary>
    public abstract string Key { get; }

    /// <summary>The record of a question of this type.</summary>
    public abstract Type RecordType { get; }

    /// <summary>
    /// The keys authors write for a question of this type: its entry in a comprehension quiz's
    /// <c>questions</c> (<c>question:numeric</c>), or, for a type made by a quiz kind of its own, that
    /// quiz (<c>quiz:who-said-what</c>). The schema test finds each in schemas/.
    /// </summary>
    public abstract KeySet Keys { get; }

    /// <summary>The objects written inside a question of this type with keys of their own (a choice, a matching pair).</summary>
    public virtual IReadOnlyList<KeySet> NestedKeys => [];

    /// <summary>
    /// The line that marks what an author writes for this type: <c>type: numeric</c> in a question,
    /// <c>kind: who-said-what</c> for a quiz kind of its own.
    /// </summary>
    public abstract string AuthoredAs { get; }

    /// <summary>The GIFT question form read into this type; null when GIFT has no such question.</summary>
    internal virtual GiftForm? ReadsGift => null;

    /// <summary>The question with its options in the order one run shows them.</summary>
    public abstract PresentedQuestion Present(Question question, Random random);

    /// <summary>A fresh answer state for the question as a run shows it: what a screen draws and drives.</summary>
    public abstract AnswerState NewAnswerState(PresentedQuestion shown);

    /// <summary>Adds the type's own keys to the question's JSON (content export), after those every question has.</summary>
    internal abstract void WriteJson(Question question, JsonFields json);

    /// <summary>Writes the question as GIFT, or a note saying why it could not be (or what changed on the way).</summary>
    internal abstract void WriteGift(Question question, GiftOutput gift);

    /// <summary>
    /// Reads a GIFT question of the form this type <see cref="ReadsGift"/>. False when the question is not
    /// of this type after all (several types read one form); true otherwise, with the question, or
    /// null when it could not be converted (every reason noted).
    /// </summary>
    internal virtual bool TryReadGift(GiftSource source, out Question? question)
    {
        question = null;
        return false;
    }
}

/// <summary>The part of <see cref="QuestionType"/> that works on the type's own record.</summary>
public abstract class QuestionType<TQuestion> : QuestionType
    where TQuestion : Question
{
    public sealed override Type RecordType => typeof(TQuestion);

    public sealed override PresentedQuestion Present(Question question, Random random) => Present((TQuestion)question, random);

    public sealed override AnswerState NewAnswerState(PresentedQuestion shown) => NewAnswerState((TQuestion)shown.Question, shown);

    internal sealed override void WriteJson(Question question, JsonFields json) => WriteJson((TQuestion)question, json);

    internal sealed override void WriteGift(Question question, GiftOutput gift) => WriteGift((TQuestion)question, gift);

    /// <summary>A question without options to shuffle is shown as written.</summary>
    protected virtual PresentedQuestion Present(TQuestion question, Random random) => new(question, [], []);

    protected abstract AnswerState NewAnswerState(TQuestion question, PresentedQuestion shown);

    protected abstract void WriteJson(TQuestion question, JsonFields json);

    private protected abstract void WriteGift(TQuestion question, GiftOutput gift);
}

/// <summary>A type authors write as an entry of a comprehension quiz's <c>questions</c>, with <c>type: Key</c>.</summary>
internal interface IWrittenQuestionType
{
    string Key { get; }

    KeySet Keys { get; }

    /// <summary>Reads the type's own keys of an entry whose common keys are read; null when no question can be made (every reason reported).</summary>
    Question? Read(QuestionEntry entry);

    /// <summary>Writes the type's own keys as <see cref="QuizYamlWriter"/> lays out a question: keys at column 4.</summary>
    void WriteYaml(Question question, YamlText yaml);
}

/// <summary>The base of a type written as an entry of a comprehension quiz's <c>questions</c>.</summary>
public abstract class WrittenQuestionType<TQuestion> : QuestionType<TQuestion>, IWrittenQuestionType
    where TQuestion : Question
{
    /// <summary>Column of a question's keys in a quiz file, as <see cref="QuizYamlWriter"/> writes it.</summary>
    protected const int KeyColumn = 4;

    public sealed override string AuthoredAs => "type: " + Key;

    Question? IWrittenQuestionType.Read(QuestionEntry entry) => Read(entry);

    void IWrittenQuestionType.WriteYaml(Question question, YamlText yaml) => WriteYaml((TQuestion)question, yaml);

    private protected abstract TQuestion? Read(QuestionEntry entry);

    protected abstract void WriteYaml(TQuestion question, YamlText yaml);
}

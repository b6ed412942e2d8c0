namespace QuizTui.Core.Drafting;

/// <summary>
/// A person named in the text. <paramref name="AsSubject"/> is true when the name is the subject
/// of its clause (the sentence starts with it, or it follows a comma, a conjunction, a speech
/// verb or a quotation), false when it follows a preposition or a verb ("praised Gov. Hale").
/// </summary>
internal readonly record struct PersonMention(int Token, NamedPerson Person, bool AsSubject);

namespace QuizTui.Core.Drafting;

internal enum Gender
{
    Unknown,
    Female,
    Male,
}

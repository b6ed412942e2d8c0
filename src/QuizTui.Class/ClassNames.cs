using System.Security.Cryptography;
using QuizTui.Core.Authoring;

namespace QuizTui.Class;

/// <summary>
/// The names a class has in PostgreSQL, all made from the class name: its schema, its two group
/// roles, its students' login roles and its notification channel. Role names are the same across
/// a whole server, so each one starts with the class's own prefix; a student's login role carries a
/// random token, never the student's name, because every login can list every role's name.
/// </summary>
public sealed record ClassNames
{
    public const int MaxClassLength = 32;
    public const int MaxStudentLength = 64;

    private ClassNames(string name)
    {
        Name = name;
        Prefix = "quiztui_" + name.Replace('-', '_');
    }

    /// <summary>The class as the instructor named it (<c>journalism-101</c>).</summary>
    public string Name { get; }

    private string Prefix { get; }

    /// <summary>The schema holding the class's tables.</summary>
    public string Schema => Prefix;

    /// <summary>The group role of the class's instructors: reads everything, publishes packs.</summary>
    public string InstructorRole => Prefix + "_instructor";

    /// <summary>The group role every student login belongs to.</summary>
    public string StudentRole => Prefix + "_student";

    /// <summary>The channel schema version 2 announced new answers on (with no payload); version 3 dropped the announcements.</summary>
    public string Channel => Prefix;

    /// <summary>A new, unguessable login role name for a student of this class.</summary>
    public string NewStudentLogin() => Prefix + "_s" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(5));

    /// <summary>True when a role name is one of this class's student logins.</summary>
    public bool IsStudentLogin(string role) => role.StartsWith(Prefix + "_s", StringComparison.Ordinal) && role.Length == Prefix.Length + 12;

    /// <summary>The class's names, after checking the class name.</summary>
    /// <exception cref="ClassException">The name is not lowercase words with hyphens, or is too long.</exception>
    public static ClassNames For(string name)
    {
        string trimmed = name.Trim();
        if (!IdSlug.IsValid(trimmed) || trimmed.Length > MaxClassLength)
        {
            throw new ClassException(ClassProblem.BadInput,
                $"'{Clip(trimmed)}' cannot be a class name: use lowercase words joined by hyphens, at most {MaxClassLength} characters, e.g. {IdSlug.From(trimmed, "my-class", MaxClassLength)}");
        }
        return new ClassNames(trimmed);
    }

    /// <summary>Checks a student's name: lowercase words with hyphens (it names their join file).</summary>
    /// <exception cref="ClassException">The name cannot be used; the message suggests one that can.</exception>
    public static string CheckStudent(string name)
    {
        string trimmed = name.Trim();
        if (!IdSlug.IsValid(trimmed) || trimmed.Length > MaxStudentLength)
        {
            throw new ClassException(ClassProblem.BadInput,
                $"'{Clip(trimmed)}' cannot be a student name: use lowercase words joined by hyphens (it names the join file), e.g. {IdSlug.From(trimmed, "student", MaxStudentLength)}");
        }
        return trimmed;
    }

    /// <summary>A double-quoted SQL identifier.</summary>
    public static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static string Clip(string text)
    {
        string flat = new(text.Select(c => char.IsControl(c) ? ' ' : c).ToArray());
        return flat.Length <= 40 ? flat : flat[..39] + "…";
    }
}

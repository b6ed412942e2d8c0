using QuizTui.Core.Loading;

namespace QuizTui.Core.Tests.Loading;

/// <summary>Problems are listed causes first: a reference that fails because of another problem comes after it.</summary>
public class DiagnosticOrderTests
{
    /// <summary>
    /// The first person's `id` key is misspelt, so the article's quotation by that person cannot be
    /// resolved. The article's file sorts before event.yaml, yet the misspelt key is listed first.
    /// </summary>
    private static readonly ContentFile[] PackWithAMisspeltPersonId =
    [
        new("p/articles/a.yaml", """
            id: a
            outlet: O
            published: 2020-09-24
            headline: H
            seed: s.txt
            summary: S
            key_points: [K]
            quotations:
              - id: q
                text: Words.
                speaker: ann-chief
                channel: post
            """),
        new("p/event.yaml", """
            id: p
            title: P
            period: { start: 2020-09-24 }
            overview: O
            people:
              - ids: ann-chief
                name: Ann Chief
            """),
    ];

    [Fact]
    public void A_misspelt_key_is_listed_before_the_unknown_reference_it_causes_in_a_file_that_sorts_earlier()
    {
        var result = ContentLoader.Load(PackWithAMisspeltPersonId);

        Assert.Equal(
            [
                ("p/event.yaml", DiagnosticCodes.UnknownKey),
                ("p/event.yaml", DiagnosticCodes.MissingKey),
                ("p/articles/a.yaml", DiagnosticCodes.UnknownPerson),
            ],
            result.Diagnostics.Select(d => (d.File, d.Code)));
    }

    [Fact]
    public void Problems_of_the_same_kind_are_listed_by_file_line_and_column()
    {
        var diagnostics = new[]
        {
            new Diagnostic("b.yaml", 1, 1, Severity.Error, DiagnosticCodes.UnknownKey, "third"),
            new Diagnostic("a.yaml", 2, 5, Severity.Error, DiagnosticCodes.UnknownKey, "second"),
            new Diagnostic("a.yaml", 2, 1, Severity.Warning, DiagnosticCodes.MissingExplanation, "first"),
            new Diagnostic("a.yaml", 1, 1, Severity.Error, DiagnosticCodes.UnknownPerson, "last"),
        };

        var result = new LoadResult(new QuizTui.Core.Model.ContentLibrary([]), diagnostics);

        Assert.Equal(["first", "second", "third", "last"], result.Diagnostics.Select(d => d.Message));
    }
}

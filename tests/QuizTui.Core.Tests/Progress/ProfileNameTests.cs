using QuizTui.Core.Progress;

namespace QuizTui.Core.Tests.Progress;

public sealed class ProfileNameTests
{
    [Theory]
    [InlineData("ana", "ana")]
    [InlineData("  Bo Li ", "Bo Li")]
    [InlineData("Zoë", "Zoë")]
    public void A_usable_name_is_kept_trimmed(string typed, string expected)
    {
        Assert.True(ProfileName.TryCheck(typed, out string name, out string? problem));
        Assert.Equal(expected, name);
        Assert.Null(problem);
    }

    [Theory]
    [InlineData("", "A profile name cannot be empty.")]
    [InlineData("   ", "A profile name cannot be empty.")]
    [InlineData("a\u0007b", "A profile name cannot contain control characters.")]
    public void An_unusable_name_is_refused_with_the_reason(string typed, string expected)
    {
        Assert.False(ProfileName.TryCheck(typed, out _, out string? problem));
        Assert.Equal(expected, problem);
    }

    [Fact]
    public void A_name_may_be_as_long_as_the_limit_and_no_longer()
    {
        Assert.True(ProfileName.TryCheck(new string('a', ProfileName.MaxLength), out _, out _));
        Assert.False(ProfileName.TryCheck(new string('a', ProfileName.MaxLength + 1), out _, out string? problem));
        Assert.Equal($"A profile name can have at most {ProfileName.MaxLength} characters.", problem);
    }
}

using QuizTui.Core.Quizzes;

namespace QuizTui.Core.Tests.Quizzes;

public sealed class SpeakerConfusionsTests
{
    [Fact]
    public void Speakers_confused_in_a_run_are_grouped_one_line_per_speaker_with_counts()
    {
        var groups = SpeakerConfusions.BySpeaker(
        [
            new SpeakerConfusion("tom", "mel", 1),
            new SpeakerConfusion("mary", "mel", 2),
            new SpeakerConfusion("tom", "sam", 1),
            new SpeakerConfusion("tom", "mel", 2),
        ]);
        Assert.Equal(["tom", "mary"], groups.Select(g => g.ActualSpeakerId));
        Assert.Equal([("mel", 3), ("sam", 1)], groups[0].Given);
        Assert.Equal(4, groups[0].Total);
        Assert.Equal([("mel", 2)], groups[1].Given);
    }

    [Fact]
    public void Speakers_confused_as_often_are_listed_by_id_so_the_order_never_changes()
    {
        var speakers = SpeakerConfusions.BySpeaker(
        [
            new SpeakerConfusion("zoe", "amy", 1),
            new SpeakerConfusion("bob", "zoe", 1),
            new SpeakerConfusion("cat", "amy", 1),
        ]);
        Assert.Equal(["bob", "cat", "zoe"], speakers.Select(g => g.ActualSpeakerId));

        var given = SpeakerConfusions.BySpeaker([new SpeakerConfusion("dan", "zoe", 1), new SpeakerConfusion("dan", "amy", 1)]);
        Assert.Equal([("amy", 1), ("zoe", 1)], given.Single().Given);
    }

    [Fact]
    public void No_confusions_make_no_groups() => Assert.Empty(SpeakerConfusions.BySpeaker([]));
}

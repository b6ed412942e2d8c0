namespace QuizTui.Storage.Tests;

/// <summary>A clock whose timers fire only when the test says so.</summary>
internal sealed class ManualTimers : TimeProvider
{
    private readonly List<ManualTimer> _timers = [];

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new ManualTimer(callback, state);
        lock (_timers)
            _timers.Add(timer);
        return timer;
    }

    /// <summary>Timers created and not yet disposed.</summary>
    public int Running
    {
        get
        {
            lock (_timers)
                return _timers.Count(t => !t.Disposed);
        }
    }

    /// <summary>Fires every running timer once, on the test's thread.</summary>
    public void Fire()
    {
        List<ManualTimer> running;
        lock (_timers)
            running = _timers.Where(t => !t.Disposed).ToList();
        Assert.NotEmpty(running);
        foreach (var timer in running)
            timer.Callback(timer.State);
    }

    private sealed class ManualTimer(TimerCallback callback, object? state) : ITimer
    {
        public TimerCallback Callback { get; } = callback;
        public object? State { get; } = state;
        public bool Disposed { get; private set; }

        public bool Change(TimeSpan dueTime, TimeSpan period) => !Disposed;

        public void Dispose() => Disposed = true;

        public ValueTask DisposeAsync()
        {
            Disposed = true;
            return ValueTask.CompletedTask;
        }
    }
}

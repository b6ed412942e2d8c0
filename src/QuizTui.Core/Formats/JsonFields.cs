using System.Text.Json;

namespace QuizTui.Core.Formats;

/// <summary>
/// The keys one kind of object adds to a common record (a question type's keys after those every
/// question has), in the order added. Each value goes through <see cref="PublicJson"/>, so it is
/// written as the format's own records are; a value of a type the context does not know throws.
/// </summary>
public sealed class JsonFields
{
    private readonly Dictionary<string, JsonElement> _fields = new(StringComparer.Ordinal);

    public JsonFields Add<T>(string key, T value)
    {
        if (JsonNamingPolicy.SnakeCaseLower.ConvertName(key) != key)
            throw new ArgumentException($"JSON key `{key}` is not snake_case, the naming of every public format.", nameof(key));
        var info = PublicJson.Default.GetTypeInfo(typeof(T))
            ?? throw new InvalidOperationException($"{typeof(T)} is not registered in {nameof(PublicJson)}; add [JsonSerializable(typeof(...))] for it there.");
        _fields.Add(key, JsonSerializer.SerializeToElement(value, info));
        return this;
    }

    /// <summary>The keys as extension data; null when there are none, so nothing is written.</summary>
    public Dictionary<string, JsonElement>? ToExtensionData() => _fields.Count == 0 ? null : _fields;
}

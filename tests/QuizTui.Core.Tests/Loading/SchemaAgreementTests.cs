using System.Text.Json;
using QuizTui.Core.Loading;
using QuizTui.Core.Questions;

namespace QuizTui.Core.Tests.Loading;

/// <summary>schemas/*.schema.json must accept exactly what the loader accepts (ContentKeys).</summary>
public class SchemaAgreementTests
{
    private static readonly Dictionary<string, JsonDocument> Schemas = new()
    {
        ["event"] = Read("event"),
        ["article"] = Read("article"),
        ["quiz"] = Read("quiz"),
    };

    private static JsonDocument Read(string name) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "schemas", name + ".schema.json")));

    /// <summary>Where the pack's own object kinds are described: schema file and definition (null: the root).</summary>
    private static readonly Dictionary<string, (string File, string? Definition)> PackLocations = new()
    {
        ["event"] = ("event", null),
        ["period"] = ("event", "period"),
        ["person"] = ("event", "person"),
        ["timeline-entry"] = ("event", "timelineEntry"),
        ["article"] = ("article", null),
        ["key-point"] = ("article", "keyPointWithId"),
        ["quotation"] = ("article", "quotation"),
        ["quiz:comprehension"] = ("quiz", "comprehensionQuiz"),
    };

    /// <summary>
    /// Where an object kind is described. The question types' kinds are found by name, so a type
    /// added to the registry fails here until quiz.schema.json describes it: <c>question:numeric</c>
    /// in <c>question-numeric</c>, <c>quiz:who-said-what</c> in <c>whoSaidWhatQuiz</c>, a nested
    /// <c>evidence-item</c> in <c>evidenceItem</c>.
    /// </summary>
    private static (string File, string? Definition) Location(string kind) =>
        PackLocations.TryGetValue(kind, out var known) ? known
        : kind.StartsWith("question:", StringComparison.Ordinal) ? ("quiz", "question-" + kind["question:".Length..])
        : kind.StartsWith("quiz:", StringComparison.Ordinal) ? ("quiz", Camel(kind["quiz:".Length..]) + "Quiz")
        : ("quiz", Camel(kind));

    private static string Camel(string name)
    {
        var words = name.Split('-');
        return words[0] + string.Concat(words.Skip(1).Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
    }

    private static JsonElement ObjectSchema(string kind)
    {
        var (file, definition) = Location(kind);
        var root = Schemas[file].RootElement;
        if (definition is null)
            return root;
        Assert.True(root.GetProperty("definitions").TryGetProperty(definition, out var schema),
            $"{file}.schema.json has no definition `{definition}` describing `{kind}`");
        return schema;
    }

    private static List<string> Names(JsonElement obj, string property) =>
        obj.TryGetProperty(property, out var p)
            ? p.ValueKind == JsonValueKind.Object
                ? [.. p.EnumerateObject().Select(x => x.Name).Order(StringComparer.Ordinal)]
                : [.. p.EnumerateArray().Select(x => x.GetString()!).Order(StringComparer.Ordinal)]
            : [];

    public static TheoryData<string> Kinds()
    {
        var data = new TheoryData<string>();
        foreach (var k in ContentKeys.All)
            data.Add(k.Name);
        return data;
    }

    [Fact]
    public void Every_loader_object_kind_has_a_schema_and_every_closed_schema_object_a_loader_kind()
    {
        foreach (var keys in ContentKeys.All)
            ObjectSchema(keys.Name);
        var described = ContentKeys.All.Select(k => Location(k.Name)).ToHashSet();
        foreach (var (file, doc) in Schemas)
        {
            foreach (var def in doc.RootElement.GetProperty("definitions").EnumerateObject())
            {
                bool closed = def.Value.TryGetProperty("additionalProperties", out var ap) && ap.ValueKind == JsonValueKind.False;
                if (closed)
                    Assert.Contains((file, (string?)def.Name), described);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Schema_properties_are_the_keys_the_loader_accepts(string kind)
    {
        var keys = ContentKeys.All.Single(k => k.Name == kind);
        var schema = ObjectSchema(kind);
        var properties = Names(schema, "properties");
        Assert.Equal(keys.Allowed.Order(StringComparer.Ordinal), properties);
        Assert.Equal(JsonValueKind.False, schema.GetProperty("additionalProperties").ValueKind);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Schema_required_lists_are_the_keys_the_loader_requires(string kind)
    {
        var keys = ContentKeys.All.Single(k => k.Name == kind);
        Assert.Equal(keys.Required.Order(StringComparer.Ordinal), Names(ObjectSchema(kind), "required"));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Every_schema_property_has_a_description(string kind)
    {
        foreach (var property in ObjectSchema(kind).GetProperty("properties").EnumerateObject())
        {
            Assert.True(property.Value.TryGetProperty("description", out var d) && d.GetString()!.Length > 0,
                $"{kind}.{property.Name} has no description");
        }
    }

    [Theory]
    [InlineData("quiz", "kind")]
    [InlineData("quiz", "type")]
    [InlineData("quiz", "skill")]
    [InlineData("article", "channel")]
    public void Schema_enumerations_are_the_loader_values(string file, string definition)
    {
        var expected = definition switch
        {
            "kind" => ContentKeys.QuizKinds,
            "type" => ContentKeys.QuestionTypeKeys,
            "skill" => ContentKeys.Skills,
            _ => ContentKeys.Channels,
        };
        var schema = Schemas[file].RootElement.GetProperty("definitions").GetProperty(definition);
        Assert.Equal(expected, schema.GetProperty("enum").EnumerateArray().Select(e => e.GetString()!));
    }

    [Fact]
    public void Enumerated_keys_refer_to_the_enumeration_definitions()
    {
        Assert.Equal("#/definitions/channel", ObjectSchema("quotation").GetProperty("properties").GetProperty("channel").GetProperty("$ref").GetString());
        foreach (var type in ContentKeys.QuestionTypeKeys)
        {
            var props = ObjectSchema("question:" + type).GetProperty("properties");
            Assert.Equal("#/definitions/type", props.GetProperty("type").GetProperty("$ref").GetString());
            Assert.Equal("#/definitions/skill", props.GetProperty("skill").GetProperty("$ref").GetString());
        }
        foreach (var kind in ContentKeys.QuizKinds)
            Assert.Equal("#/definitions/kind", ObjectSchema("quiz:" + kind).GetProperty("properties").GetProperty("kind").GetProperty("$ref").GetString());
    }

    [Fact]
    public void The_loader_skill_keys_are_the_model_skills_a_question_may_name()
    {
        var modelKeys = QuizTui.Core.Model.Skills.All.Select(s => s.Key).Where(k => k != "who-said-what");
        Assert.Equal(modelKeys, ContentKeys.Skills);
    }

    public static TheoryData<string> QuestionTypeKeys()
    {
        var data = new TheoryData<string>();
        foreach (var type in QuestionTypes.All)
            data.Add(type.Key);
        return data;
    }

    [Theory]
    [MemberData(nameof(QuestionTypeKeys))]
    public void Every_question_type_is_described_with_everything_nested_in_it(string key)
    {
        var type = QuestionTypes.Find(key)!;
        foreach (var keys in type.NestedKeys.Prepend(type.Keys))
        {
            Assert.Contains(keys, ContentKeys.All);
            Assert.Equal(keys.Allowed.Order(StringComparer.Ordinal), Names(ObjectSchema(keys.Name), "properties"));
        }
        var enumeration = type.AuthoredAs.StartsWith("type: ", StringComparison.Ordinal) ? "type" : "kind";
        var values = Schemas["quiz"].RootElement.GetProperty("definitions").GetProperty(enumeration).GetProperty("enum");
        Assert.Contains(key, values.EnumerateArray().Select(e => e.GetString()));
    }
}

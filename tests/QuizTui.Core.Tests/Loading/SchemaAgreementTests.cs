using System.Text.Json;
using QuizTui.Core.Loading;

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

    /// <summary>Where each loader object kind is described: schema file and definition (null: the root).</summary>
    private static readonly Dictionary<string, (string File, string? Definition)> Locations = new()
    {
        ["event"] = ("event", null),
        ["period"] = ("event", "period"),
        ["person"] = ("event", "person"),
        ["timeline-entry"] = ("event", "timelineEntry"),
        ["article"] = ("article", null),
        ["key-point"] = ("article", "keyPointWithId"),
        ["quotation"] = ("article", "quotation"),
        ["quiz:who-said-what"] = ("quiz", "whoSaidWhatQuiz"),
        ["quiz:comprehension"] = ("quiz", "comprehensionQuiz"),
        ["choice"] = ("quiz", "choice"),
        ["pair"] = ("quiz", "pair"),
        ["evidence-item"] = ("quiz", "evidenceItem"),
        ["question:single-choice"] = ("quiz", "question-single-choice"),
        ["question:multiple-answers"] = ("quiz", "question-multiple-answers"),
        ["question:true-false"] = ("quiz", "question-true-false"),
        ["question:short-answer"] = ("quiz", "question-short-answer"),
        ["question:numeric"] = ("quiz", "question-numeric"),
        ["question:ordering"] = ("quiz", "question-ordering"),
        ["question:matching"] = ("quiz", "question-matching"),
        ["question:evidence"] = ("quiz", "question-evidence"),
    };

    private static JsonElement ObjectSchema(string kind)
    {
        var (file, definition) = Locations[kind];
        var root = Schemas[file].RootElement;
        return definition is null ? root : root.GetProperty("definitions").GetProperty(definition);
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
        Assert.Equal(ContentKeys.All.Select(k => k.Name).Order(), Locations.Keys.Order());
        var described = Locations.Values.ToHashSet();
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
            "type" => ContentKeys.QuestionTypes,
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
        foreach (var type in ContentKeys.QuestionTypes)
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
}

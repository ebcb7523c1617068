using Adapter.Hl7v2.Parsing;
using Adapter.Mapping.Lookups;
using Hl7.Fhir.Model;

namespace Adapter.Mapping.Expressions;

/// <summary>
/// One inbound message as expressions see it: the canonical Bundle as the focus, and variables
/// (<c>%patient</c>, <c>%report</c>, <c>%observations</c>, ...) found once per message so each
/// field's expression starts at its resource instead of searching the Bundle again. One message,
/// one thread: a scope is not shared.
/// </summary>
public sealed class MessageScope
{
    private readonly Dictionary<string, IReadOnlyList<PocoNode>> _results = new(StringComparer.Ordinal);

    /// <summary>The variable that holds each item of an operation's <c>forEach</c>.</summary>
    public const string ItemVariable = "item";

    /// <summary>The variables every expression may use, with what they hold.</summary>
    public static readonly IReadOnlyDictionary<string, string> Variables =
        new[] { KeyValuePair.Create("bundle", "the canonical Bundle") }
            .Concat(ResourceVariable.All.Select(variable => KeyValuePair.Create(variable.Name, variable.Meaning)))
            .ToDictionary(StringComparer.Ordinal);

    public MessageScope(Bundle bundle, Hl7Message? message, LookupTables lookups)
    {
        Bundle = bundle.ToPocoNode();
        Context = new MappingEvaluationContext(message, lookups);
        var byType = new Dictionary<string, List<PocoNode>>(StringComparer.Ordinal);
        var byUrl = new Dictionary<string, PocoNode>(StringComparer.Ordinal);
        foreach (var entry in bundle.Entry)
        {
            if (entry.Resource is { } resource)
            {
                var type = resource.TypeName;
                if (!byType.TryGetValue(type, out var list))
                {
                    byType[type] = list = [];
                }

                var node = resource.ToPocoNode();
                list.Add(node);
                if (entry.FullUrl is { } fullUrl)
                {
                    byUrl.TryAdd(fullUrl, node);
                }

                if (resource.Id is { } id)
                {
                    byUrl.TryAdd($"{type}/{id}", node);
                }
            }
        }

        // resolve() finds references inside the Bundle (urn:uuid: full URLs, or Type/id), in one lookup.
        Context.ElementResolver = reference => byUrl.GetValueOrDefault(reference);

        var environment = Context.Environment;
        environment["bundle"] = [Bundle];
        foreach (var variable in ResourceVariable.All)
        {
            var found = byType.GetValueOrDefault(variable.ResourceType) ?? [];
            environment[variable.Name] = variable.Every || found.Count == 0 ? found : [found[0]];
        }
    }

    // A scope for one item of a forEach: the message's variables plus %item, with results of its own.
    private MessageScope(MessageScope message, PocoNode item)
    {
        Bundle = message.Bundle;
        Context = new MappingEvaluationContext(message.Context.Message, message.Context.Lookups) { ElementResolver = message.Context.ElementResolver };
        foreach (var (name, value) in message.Context.Environment)
        {
            Context.Environment[name] = value;
        }

        Context.Environment[ItemVariable] = [item];
        Problems = message.Problems;
    }

    /// <summary>The scope in which an operation's expressions see <paramref name="item"/> as <c>%item</c>.</summary>
    public MessageScope ForItem(PocoNode item) => new(this, item);

    /// <summary>Expressions that failed on this message, as sentences without values.</summary>
    public List<string> Problems { get; } = [];

    /// <summary>The Bundle, the focus of every expression.</summary>
    public PocoNode Bundle { get; }

    public MappingEvaluationContext Context { get; }

    /// <summary>The result of an expression already evaluated for this message, else evaluates and keeps it.</summary>
    internal IReadOnlyList<PocoNode> Remember(string expression, Func<IReadOnlyList<PocoNode>> evaluate)
    {
        if (!_results.TryGetValue(expression, out var result))
        {
            _results[expression] = result = evaluate();
        }

        return result;
    }

}

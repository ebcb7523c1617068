using System.Collections.Concurrent;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting.Compact;

namespace Adapter.Host.Tests.Support;

/// <summary>A Serilog sink that keeps every event, for tests that read what the adapter logged.</summary>
internal sealed class CollectingSink : ILogEventSink
{
    private readonly ConcurrentQueue<LogEvent> _events = new();

    public IReadOnlyList<LogEvent> Events => [.. _events];

    public void Emit(LogEvent logEvent) => _events.Enqueue(logEvent);

    /// <summary>Events logged with this Microsoft.Extensions.Logging event id.</summary>
    public IReadOnlyList<LogEvent> WithEventId(int id) =>
        Events.Where(logEvent => EventIdOf(logEvent) == id).ToList();

    public Task WaitForEventIdAsync(int id, string what) =>
        Eventually.UntilAsync(() => WithEventId(id).Count > 0, what);

    /// <summary>
    /// Everything logged, as text: each event as compact JSON (template, every property, the
    /// exception with its stack) followed by its rendered message.
    /// </summary>
    public string RenderAll()
    {
        var text = new StringWriter();
        var formatter = new CompactJsonFormatter();
        foreach (var logEvent in _events)
        {
            formatter.Format(logEvent, text);
            text.WriteLine(logEvent.RenderMessage(System.Globalization.CultureInfo.InvariantCulture));
            if (logEvent.Exception is { } exception)
            {
                text.WriteLine(exception.ToString());
            }
        }

        return text.ToString();
    }

    /// <summary>A property's plain value (a string without the quotes rendering adds), or null.</summary>
    public static string? PropertyText(LogEvent logEvent, string name) =>
        logEvent.Properties.TryGetValue(name, out var value) && value is ScalarValue scalar ? scalar.Value?.ToString() : null;

    private static int? EventIdOf(LogEvent logEvent) =>
        logEvent.Properties.TryGetValue("EventId", out var value)
        && value is StructureValue structure
        && structure.Properties.FirstOrDefault(property => property.Name == "Id")?.Value is ScalarValue { Value: int id }
            ? id
            : null;
}

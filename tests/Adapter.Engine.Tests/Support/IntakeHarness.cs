using Adapter.Engine.Intake;
using Adapter.Hl7v2.Parsing;
using Microsoft.Extensions.Logging.Abstractions;

namespace Adapter.Engine.Tests.Support;

/// <summary>An <see cref="Hl7Intake"/> over a real journal in a temp directory, with fake time and predictable ACK ids.</summary>
internal sealed class IntakeHarness : IAsyncDisposable
{
    public const string RemoteAddress = "10.1.2.3:50123";

    public JournalHarness Journal { get; } = new();

    public Hl7Intake Create(IntakePolicy? policy = null) =>
        new(policy ?? new IntakePolicy { Source = "lab-in" }, Journal.Journal, Journal.Time, new SequentialControlIds(), NullLogger<Hl7Intake>.Instance);

    public ReceivedFrame Frame(byte[] payload) => new(payload, RemoteAddress, Journal.Time.GetUtcNow());

    public ValueTask<IntakeResult> ReceiveAsync(Hl7Intake intake, byte[] payload) => intake.ReceiveAsync(Frame(payload), CancellationToken.None);

    /// <summary>The acknowledgement parsed, failing the test when there is none.</summary>
    public static Hl7Message Ack(IntakeResult result) =>
        Hl7Message.Parse(result.Ack ?? throw new InvalidOperationException($"The {result.Outcome} result has no acknowledgement."));

    public ValueTask DisposeAsync() => Journal.DisposeAsync();
}

using Adapter.Engine.Intake;
using Adapter.Engine.Journal;
using Adapter.Hl7v2.Acknowledgements;
using Adapter.Hl7v2.Validation;
using Microsoft.Extensions.Options;

namespace Adapter.Host.Mllp;

/// <summary>The configured listeners, built once from validated options.</summary>
internal sealed class MllpListenerRegistry
{
    public MllpListenerRegistry(IOptions<MllpOptions> options, IMessageJournal journal, TimeProvider time, IControlIdGenerator controlIds, IEnumerable<IAcceptanceCheck> acceptanceChecks, ILogger<Hl7Intake> intakeLogger)
    {
        // Registered only when partner mappings are loaded.
        var mappingCheck = acceptanceChecks.FirstOrDefault();
        Listeners = options.Value.Listeners
            .Select(pair =>
            {
                var policy = PolicyOf(pair.Key, pair.Value) with { AcceptanceCheck = pair.Value.CheckMappingsBeforeAck ? mappingCheck : null };
                return new MllpListener(pair.Key, pair.Value, new Hl7Intake(policy, journal, time, controlIds, intakeLogger));
            })
            .ToList();
    }

    public IReadOnlyList<MllpListener> Listeners { get; }

    public MllpListener this[string name] => Listeners.Single(listener => string.Equals(listener.Name, name, StringComparison.OrdinalIgnoreCase));

    private static IntakePolicy PolicyOf(string name, MllpListenerOptions options)
    {
        var ack = options.Ack;
        var rules = Hl7HeaderRules.Default;
        return new IntakePolicy
        {
            Source = name,
            AckMode = ack.Mode,
            HeaderRules = rules with
            {
                Versions = ack.Versions.Count > 0 ? ack.Versions.ToHashSet(StringComparer.Ordinal) : rules.Versions,
                MessageTypes = ack.MessageTypes.ToHashSet(StringComparer.Ordinal),
                ProcessingIds = ack.ProcessingIds.Count > 0 ? ack.ProcessingIds.ToHashSet(StringComparer.Ordinal) : rules.ProcessingIds,
            },
            AcceptedSenders = options.AcceptedSenders
                .Select(sender => new AcceptedSender(NullIfEmpty(sender.Application), NullIfEmpty(sender.Facility)))
                .ToList(),
            AckOptions = Hl7AckOptions.Default with
            {
                SendingApplication = NullIfEmpty(ack.SendingApplication),
                SendingFacility = NullIfEmpty(ack.SendingFacility),
            },
        };
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}

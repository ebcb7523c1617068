using System.Globalization;
using Adapter.Engine.Journal;
using Adapter.Engine.Outbox;
using Adapter.Fhir.Conversion;
using Adapter.Hl7v2.Parsing;
using Adapter.Mapping.Loading;
using Adapter.Mapping.Model;
using Adapter.Mapping.Planning;
using Hl7.Fhir.Model;

namespace Adapter.Engine.Routing;

/// <summary>
/// Decides what happens to one journaled message: converts it to the canonical Bundle once, asks
/// every partner mapping whether it accepts it, and turns each accepting partner's plan into outbox
/// operations with their idempotency and ordering keys. A partner whose plan has a problem (a
/// required field empty, a value beyond a limit) gets none of its operations and a failed verdict
/// naming the problems, so nothing the partner would refuse is sent and a replay after the fix
/// sends it whole. Deciding writes nothing: the caller stores the decision in one transaction.
/// </summary>
/// <remarks>
/// A partner whose kind has no connector in this adapter gets a failed verdict saying so, instead of
/// operations that would wait unclaimed; it is replayed once the connector exists.
/// </remarks>
public sealed class MessageRouter(V2ToFhirConverter converter, TimeProvider time, IReadOnlySet<string>? connectorKinds = null)
{
    public RoutingDecision Route(UnroutedMessage message, MappingSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(snapshot);
        var at = time.GetUtcNow();
        Hl7Message hl7;
        try
        {
            hl7 = Hl7Message.Parse(message.Raw, Hl7ParseOptions.Default);
        }
        catch (Hl7ParseException exception)
        {
            return new RoutingDecision(message.Id, [], [], [], at) { Failure = $"The journaled message could not be read again: {exception.Message}", RoutedPartners = message.RoutedPartners };
        }

        var bundle = converter.Convert(hl7, new SourceMessage(message.Id.ToString(CultureInfo.InvariantCulture), message.ReceivedAt)).Bundle;
        var facts = InboundFacts.FromV2(hl7, message.Source);
        var subject = SubjectOf(message.Identity);
        var correction = IsCorrection(bundle);
        var routes = new List<PartnerRoute>();
        var operations = new List<NewOperation>();
        var orders = new List<KeyOrder>();
        foreach (var mapping in snapshot.Partners.Where(mapping => !message.RoutedPartners.Contains(mapping.Partner)))
        {
            var plan = PartnerPlanner.Plan(mapping, snapshot.Lookups, bundle, hl7, facts);
            if (!plan.Accepted)
            {
                routes.Add(new PartnerRoute(mapping.Partner, RouteStatus.NotAccepted, plan.Refusal));
                continue;
            }

            if (connectorKinds is not null && !connectorKinds.Contains(mapping.Kind.Name))
            {
                routes.Add(new PartnerRoute(mapping.Partner, RouteStatus.Failed, $"This adapter has no connector for kind {mapping.Kind.Name} yet; replay the message once it has."));
                continue;
            }

            var flawed = plan.Flawed.ToList();
            if (flawed.Count > 0)
            {
                var problems = flawed.SelectMany(operation => operation.Warnings.Select(warning => $"{operation.Operation}: {warning}")).Distinct();
                routes.Add(new PartnerRoute(mapping.Partner, RouteStatus.Failed, string.Join(" ", problems)));
                continue;
            }

            routes.Add(new PartnerRoute(mapping.Partner, RouteStatus.Planned, null));
            operations.AddRange(Operations(message, mapping.Partner, subject, correction, plan.Operations, at));
            orders.AddRange(OrdersAwaited(mapping.Partner, plan.Operations, bundle));
        }

        return new RoutingDecision(message.Id, routes, operations, orders, at) { RoutedPartners = message.RoutedPartners };
    }

    /// <summary>What identifies the message to its sender: the journal's duplicate key, so a resend is the same subject.</summary>
    private static string SubjectOf(MessageIdentity identity) =>
        IdempotencyKeys.Compose(identity.SendingApplication, identity.SendingFacility, identity.ControlId);

    private static IEnumerable<NewOperation> Operations(UnroutedMessage message, string partner, string subject, bool correction, IReadOnlyList<PlannedOperation> planned, DateTimeOffset at)
    {
        // Calls of one operation for one ordering key (a forEach over orders) are told apart by their place.
        var occurrences = new Dictionary<(string, string?), int>();
        foreach (var operation in planned)
        {
            var occurrence = occurrences[(operation.Operation, operation.OrderingKey)] = occurrences.GetValueOrDefault((operation.Operation, operation.OrderingKey)) + 1;
            var orderingKey = operation.OrderingKey ?? $"message:{message.Id.ToString(CultureInfo.InvariantCulture)}";
            string key;
            if (operation.Trigger == OperationTrigger.Immediately || operation.OrderingKey is null)
            {
                key = IdempotencyKeys.For(subject, partner, operation.Operation, IdempotencyKeys.Compose(operation.OrderingKey ?? string.Empty, occurrence.ToString(CultureInfo.InvariantCulture)));
            }
            else
            {
                // A follow-up is about its ordering key, not the message: one per key (one
                // interpretation per Docus visit), and one more per corrected message when asked.
                var generation = correction && operation.RepeatOnCorrection ? subject : "first";
                key = IdempotencyKeys.For(IdempotencyKeys.Compose("key", operation.OrderingKey), partner, operation.Operation, generation);
            }

            var due = operation.Trigger == OperationTrigger.QuietPeriod ? at + (operation.QuietPeriod ?? TimeSpan.Zero) : at;
            yield return new NewOperation(partner, operation.Operation, key, orderingKey, operation.Method, operation.Path, operation.Body.ToJsonString(), operation.Trigger, due);
        }
    }

    /// <summary>
    /// The orders (one per DiagnosticReport) the message carries under each ordering key that an
    /// all-orders-final follow-up waits on, and whether each is final. A report belongs to a key when
    /// the key is one of its identifiers or of the order it is based on (a Docus reference id is the
    /// placer number); a key no report names (taken from elsewhere) gets every report of the message.
    /// </summary>
    private static IEnumerable<KeyOrder> OrdersAwaited(string partner, IReadOnlyList<PlannedOperation> planned, Bundle bundle)
    {
        var keys = planned.Where(operation => operation.Trigger == OperationTrigger.AllOrdersFinal && operation.OrderingKey is not null)
            .Select(operation => operation.OrderingKey!)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (keys.Count == 0)
        {
            return [];
        }

        // Report ids are derived from the order's identifiers, so the same order in a later message has the same id.
        var reports = bundle.Entry.Select(entry => entry.Resource).OfType<DiagnosticReport>().Where(report => report.Id is not null).ToList();
        var orders = OrdersByReference(bundle);
        return keys.SelectMany(key =>
        {
            var named = reports.Where(report => Names(report, key, orders)).ToList();
            return (named.Count > 0 ? named : reports).Select(report => new KeyOrder(partner, key, report.Id!, IsFinal(report)));
        }).ToList();
    }

    private static bool Names(DiagnosticReport report, string key, Dictionary<string, ServiceRequest> orders) =>
        report.Identifier.Any(identifier => identifier.Value == key)
        || report.BasedOn.Any(reference => reference.Reference is { } target && orders.TryGetValue(target, out var order) && order.Identifier.Any(identifier => identifier.Value == key));

    private static Dictionary<string, ServiceRequest> OrdersByReference(Bundle bundle)
    {
        var orders = new Dictionary<string, ServiceRequest>(StringComparer.Ordinal);
        foreach (var entry in bundle.Entry)
        {
            if (entry.Resource is not ServiceRequest order)
            {
                continue;
            }

            if (entry.FullUrl is { } fullUrl)
            {
                orders.TryAdd(fullUrl, order);
            }

            if (order.Id is { } id)
            {
                orders.TryAdd($"ServiceRequest/{id}", order);
            }
        }

        return orders;
    }

    private static bool IsFinal(DiagnosticReport report) =>
        report.Status is DiagnosticReport.DiagnosticReportStatus.Final or DiagnosticReport.DiagnosticReportStatus.Corrected
            or DiagnosticReport.DiagnosticReportStatus.Amended or DiagnosticReport.DiagnosticReportStatus.Appended
            or DiagnosticReport.DiagnosticReportStatus.Cancelled or DiagnosticReport.DiagnosticReportStatus.EnteredInError;

    private static bool IsCorrection(Bundle bundle) =>
        bundle.Entry.Select(entry => entry.Resource).OfType<DiagnosticReport>().Any(report => report.Status is DiagnosticReport.DiagnosticReportStatus.Corrected
            or DiagnosticReport.DiagnosticReportStatus.Amended or DiagnosticReport.DiagnosticReportStatus.Appended);
}

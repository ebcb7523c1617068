using Adapter.Engine.Intake;
using Adapter.Fhir.Conversion;
using Adapter.Hl7v2.Parsing;
using Adapter.Hl7v2.Validation;
using Adapter.Mapping.Loading;
using Adapter.Mapping.Model;
using Adapter.Mapping.Planning;
using Microsoft.Extensions.Logging;

namespace Adapter.Engine.Routing;

/// <summary>
/// The partner mappings as a check before the ACK, for listeners that ask for it: a message that a
/// partner accepts but whose calls could not be planned (a required field empty, a value the partner
/// refuses) is answered AE with an ERR per problem, pointing at the segment and field the value comes
/// from, so the sender fixes and resends it instead of it failing silently after an AA.
/// </summary>
public sealed partial class MappingAcceptanceCheck(V2ToFhirConverter converter, Func<MappingSnapshot> mappings, ILogger<MappingAcceptanceCheck> logger) : IAcceptanceCheck
{
    public IReadOnlyList<Hl7Issue> Check(Hl7Message message, string listener)
    {
        ArgumentNullException.ThrowIfNull(message);
        try
        {
            var snapshot = mappings();
            var bundle = converter.Convert(message).Bundle;
            var facts = InboundFacts.FromV2(message, listener);
            var issues = new List<Hl7Issue>();
            foreach (var mapping in snapshot.Partners)
            {
                var plan = PartnerPlanner.Plan(mapping, snapshot.Lookups, bundle, message, facts);
                foreach (var operation in plan.Flawed)
                {
                    var mapped = mapping.Operations.First(candidate => candidate.Name == operation.Operation);
                    issues.AddRange(operation.Problems.Select(problem => Hl7Issue.Error(
                        CodeOf(problem.Kind),
                        ProblemLocations.For(mapped, problem.Field),
                        $"{mapping.Partner} {operation.Operation}: {problem.Text}")));
                }
            }

            return issues;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The check must never cost a message: one it cannot run on is accepted and routed as usual.
            LogCheckFailed(logger, listener, exception.GetType().Name, ExceptionSites.Of(exception));
            return [];
        }
    }

    private static Hl7ErrorCode CodeOf(PlanProblemKind kind) => kind switch
    {
        PlanProblemKind.Missing => Hl7ErrorCode.RequiredFieldMissing,
        PlanProblemKind.WrongType => Hl7ErrorCode.DataTypeError,
        PlanProblemKind.NotAllowed => Hl7ErrorCode.TableValueNotFound,
        PlanProblemKind.TooLong => Hl7ErrorCode.ValueTooLong,
        _ => Hl7ErrorCode.ApplicationInternalError,
    };

    // The type and where it was thrown only: the exception's message may quote a value from the message.
    [LoggerMessage(EventId = 4004, Level = LogLevel.Error, Message = "The mapping check before the ACK failed on {Listener} ({ErrorType} at {Site}); the message was accepted and is routed as usual")]
    private static partial void LogCheckFailed(ILogger logger, string listener, string errorType, string site);
}

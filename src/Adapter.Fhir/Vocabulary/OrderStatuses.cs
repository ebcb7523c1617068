using Hl7.Fhir.Model;

namespace Adapter.Fhir.Vocabulary;

/// <summary>
/// ServiceRequest.status from ORC-5 (table 0038, the IG's OrderStatus map) or, when ORC-5 is
/// empty, from ORC-1 (table 0119, the IG's OrderControlCode map); and ORC-1 back from a status.
/// </summary>
internal static class OrderStatuses
{
    public static RequestStatus? FromOrderStatus(string? code) => code?.ToUpperInvariant() switch
    {
        "A" or "IP" or "SC" => RequestStatus.Active,
        "CA" or "DC" or "RP" => RequestStatus.Revoked,
        "CM" => RequestStatus.Completed,
        "ER" => RequestStatus.EnteredInError,
        "HD" => RequestStatus.OnHold,
        _ => null,
    };

    public static RequestStatus? FromOrderControl(string? code) => code?.ToUpperInvariant() switch
    {
        "AF" or "CA" or "HD" or "NW" or "OK" or "PR" or "PY" or "RL" or "RO" or "RQ" => RequestStatus.Active,
        "CR" or "DC" or "DF" or "DR" or "OC" or "OD" => RequestStatus.Revoked,
        "HR" or "OH" => RequestStatus.OnHold,
        "FU" => RequestStatus.Completed,
        _ => null,
    };

    /// <summary>ORC-1 and ORC-5 for an order being sent: a new order, a cancellation, or a status change.</summary>
    public static (string Control, string? Status) ToV2(RequestStatus? status) => status switch
    {
        RequestStatus.Revoked or RequestStatus.EnteredInError => ("CA", "CA"),
        RequestStatus.OnHold => ("HD", "HD"),
        RequestStatus.Completed => ("SC", "CM"),
        RequestStatus.Active => ("NW", "IP"),
        RequestStatus.Draft => ("NW", null),
        _ => ("NW", null),
    };
}

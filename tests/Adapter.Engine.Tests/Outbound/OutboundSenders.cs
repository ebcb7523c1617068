using Adapter.Engine.Outbound;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Adapter.Engine.Tests.Outbound;

/// <summary>Senders aimed at a test hospital. Timeouts are long unless a test sets them: no test waits for one on the real clock.</summary>
internal static class OutboundSenders
{
    public static MllpDestination Destination(int port) => new()
    {
        Name = "goodhealth-emr",
        Host = "127.0.0.1",
        Port = port,
        ConnectTimeout = TimeSpan.FromSeconds(10),
        AckTimeout = TimeSpan.FromSeconds(10),
    };

    public static MllpDestinationSender Create(MllpDestination destination, TimeProvider? time = null, ILogger<MllpDestinationSender>? logger = null) =>
        new(destination, time ?? TimeProvider.System, logger ?? NullLogger<MllpDestinationSender>.Instance);

    public static MllpDestinationSender Create(TestHospitalListener hospital, TimeProvider? time = null) =>
        Create(Destination(hospital.Port), time);

    public static Task<OutboundAck> SendAsync(this MllpDestinationSender sender, string controlId, CancellationToken cancellationToken = default) =>
        sender.SendAsync(OutboundTestMessages.Oru(controlId), controlId, cancellationToken);
}

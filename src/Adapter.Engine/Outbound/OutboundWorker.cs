using System.Globalization;
using Adapter.Engine.Delivery;
using Adapter.Engine.Outbox;
using Microsoft.Extensions.Logging;

namespace Adapter.Engine.Outbound;

/// <summary>
/// Sends the outbound HL7 queue, one loop per destination so a destination that is down holds only
/// its own queue. Each loop sends the head of its queue and waits for its acknowledgement before the
/// next: AA moves on; AE parks the message for a person (the queue moves on); AR, a timeout, an
/// acknowledgement about another message or a lost connection keep it at the head, sent again after
/// a backoff on a new connection. Sending and recording are separate, so a crash between them sends
/// the message again at start: at least once, and a receiver de-duplicates on MSH-10.
/// </summary>
public sealed partial class OutboundWorker(
    IOutboundQueue queue,
    IReadOnlyList<MllpDestination> destinations,
    OutboundOptions options,
    RetrySchedule schedule,
    OutboundMetrics metrics,
    WorkSignal signal,
    TimeProvider time,
    ILoggerFactory loggers)
{
    private static readonly TimeSpan BacklogInterval = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan StoreFailurePause = TimeSpan.FromSeconds(2);
    private readonly ILogger _logger = loggers.CreateLogger<OutboundWorker>();

    public async Task RunAsync(CancellationToken stoppingToken)
    {
        var loops = destinations.Select(destination => RunDestinationAsync(destination, stoppingToken)).ToList();
        loops.Add(ReportBacklogAsync(stoppingToken));
        await Task.WhenAll(loops).ConfigureAwait(false);
    }

    private async Task RunDestinationAsync(MllpDestination destination, CancellationToken stoppingToken)
    {
        await using var sender = new MllpDestinationSender(destination, time, loggers.CreateLogger<MllpDestinationSender>());
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    await SendHeadAsync(destination, sender, stoppingToken).ConfigureAwait(false);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    LogStoreFailed(_logger, destination.Name, exception.GetType().Name, exception);
                    await Task.Delay(StoreFailurePause, time, stoppingToken).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: a message in flight stays at the head and is sent again at start.
        }
    }

    private async Task SendHeadAsync(MllpDestination destination, MllpDestinationSender sender, CancellationToken stoppingToken)
    {
        if (await queue.HeadAsync(destination.Name, stoppingToken).ConfigureAwait(false) is not { } head)
        {
            await signal.WaitAsync(options.PollInterval, stoppingToken).ConfigureAwait(false);
            return;
        }

        var wait = head.DueAt - time.GetUtcNow();
        if (wait > TimeSpan.Zero)
        {
            await signal.WaitAsync(wait < options.PollInterval ? wait : options.PollInterval, stoppingToken).ConfigureAwait(false);
            return;
        }

        var ack = await sender.SendAsync(head.Payload, head.ControlId, stoppingToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        var result = Decide(head, ack, now);
        // Recorded even while stopping: the hospital has answered, and forgetting it would send again.
        await queue.RecordAsync(result, CancellationToken.None).ConfigureAwait(false);
        metrics.RecordSend(destination.Name, ack.Outcome, ack.Elapsed);
        LogSent(_logger, head.Id, destination.Name, head.ControlId, head.Attempts + 1, ack.Outcome, ack.AckCode, result.Status.ToName());
    }

    private OutboundResult Decide(OutboundMessage head, OutboundAck ack, DateTimeOffset now) => ack.Outcome switch
    {
        OutboundAckOutcome.Accepted => new OutboundResult(head.Id, OutboundStatus.Sent, now, null, ack.AckCode, null),
        OutboundAckOutcome.ApplicationError => new OutboundResult(head.Id, OutboundStatus.Parked, now, null, ack.AckCode, ack.ErrorText ?? $"Answered {ack.AckCode} without an error text."),
        OutboundAckOutcome.Rejected or OutboundAckOutcome.Unreadable when head.Attempts + 1 >= options.MaxRefusals =>
            new OutboundResult(head.Id, OutboundStatus.Parked, now, null, ack.AckCode, $"Refused {(head.Attempts + 1).ToString(CultureInfo.InvariantCulture)} times; last: {Reason(ack)}"),
        _ => new OutboundResult(head.Id, OutboundStatus.Pending, now, schedule.Next(head.Attempts + 1, now, null, options.RetryBaseDelay, options.RetryMaxDelay), ack.AckCode, Reason(ack)),
    };

    private static string Reason(OutboundAck ack) => ack.Outcome switch
    {
        OutboundAckOutcome.Rejected => $"Answered {ack.AckCode}: {ack.ErrorText ?? "rejected without an error text"}",
        OutboundAckOutcome.Mismatched => $"An acknowledgement for {ack.AcknowledgedControlId} came instead; the connection was reset.",
        OutboundAckOutcome.TimedOut => $"No acknowledgement within {ack.Elapsed.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture)} s; the connection was reset.",
        OutboundAckOutcome.ConnectionLost => "The connection was lost before the acknowledgement came.",
        OutboundAckOutcome.ConnectFailed => "The destination could not be reached.",
        _ => "The answer was not a readable acknowledgement; the connection was reset.",
    };

    private async Task ReportBacklogAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    metrics.UpdateBacklog(await queue.OutboundBacklogAsync(stoppingToken).ConfigureAwait(false));
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    LogStoreFailed(_logger, "(all)", exception.GetType().Name, exception);
                }

                await Task.Delay(BacklogInterval, time, stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }
}

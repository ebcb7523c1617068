using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Adapter.Engine.Tests.Delivery;

/// <summary>How the test partner answers: each scripted behaviour, over the real connection.</summary>
internal sealed partial class TestPartner
{
    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        var path = context.Request.Path.Value ?? "/";
        var key = context.Request.Headers["Idempotency-Key"] is { Count: > 0 } header ? header.ToString() : null;
        int number;
        PartnerReply reply;
        lock (_lock)
        {
            reply = Take(path);
            number = _requests.Count;
            _requests.Add(new PartnerRequest(number, _time.GetUtcNow(), context.Request.Method, path, key, body, reply.Kind));
        }

        if (key is null)
        {
            await ProblemAsync(context, number, "Idempotency-Key required", "Every reporting POST must carry an Idempotency-Key header.");
            return;
        }

        switch (reply.Kind)
        {
            case PartnerReplyKind.Created:
                await CreatedAsync(context, number, Apply(key, path, body));
                return;
            case PartnerReplyKind.ServerError:
                await AnswerAsync(context, number, StatusCodes.Status500InternalServerError, """{"error":"The test partner failed."}""");
                return;
            case PartnerReplyKind.Unavailable:
                SetRetryAfterSeconds(context, reply);
                await AnswerAsync(context, number, StatusCodes.Status503ServiceUnavailable, """{"error":"The test partner is unavailable."}""");
                return;
            case PartnerReplyKind.TooManyRequests:
                SetRetryAfterSeconds(context, reply);
                await AnswerAsync(context, number, StatusCodes.Status429TooManyRequests, """{"error":"Too many requests."}""");
                return;
            case PartnerReplyKind.TooManyRequestsUntil:
                await AnswerAsync(context, number, StatusCodes.Status429TooManyRequests, """{"error":"Too many requests."}""", RetryAfterDate(context, reply));
                return;
            case PartnerReplyKind.Problem:
                await ProblemAsync(context, number, reply.Title!, reply.Detail!);
                return;
            case PartnerReplyKind.CommitThenHang:
                await CommitThenHangAsync(context, number, reply, Apply(key, path, body));
                return;
            case PartnerReplyKind.CommitThenAbort:
                var applied = Apply(key, path, body);
                Record(number, request => request with { Applied = applied });
                context.Abort();
                return;
            case PartnerReplyKind.Abort:
                context.Abort();
                return;
        }
    }

    private Task CreatedAsync(HttpContext context, int number, bool applied)
    {
        Record(number, request => request with { Applied = applied });
        var status = applied ? StatusCodes.Status201Created : StatusCodes.Status200OK;
        return AnswerAsync(context, number, status, $$"""{"reportId":"report-{{number.ToString(CultureInfo.InvariantCulture)}}"}""");
    }

    private async Task CommitThenHangAsync(HttpContext context, int number, PartnerReply reply, bool applied)
    {
        Record(number, request => request with { Applied = applied });
        using var hang = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _stop.Token);
        try
        {
            await Task.Delay(reply.Hang, _time, hang.Token);
        }
        catch (OperationCanceledException)
        {
            // The client gave up (or the partner is stopping): nobody is left to answer.
            return;
        }

        await AnswerAsync(context, number, StatusCodes.Status201Created, """{"reportId":"late"}""");
    }

    private Task ProblemAsync(HttpContext context, int number, string title, string detail)
    {
        var problem = JsonSerializer.Serialize(new { type = "about:blank", title, detail, status = StatusCodes.Status400BadRequest });
        return AnswerAsync(context, number, StatusCodes.Status400BadRequest, problem, contentType: "application/problem+json");
    }

    private static void SetRetryAfterSeconds(HttpContext context, PartnerReply reply)
    {
        if (reply.RetryAfter is { } wait)
        {
            context.Response.Headers.RetryAfter = ((int)wait.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        }
    }

    private Func<PartnerRequest, PartnerRequest> RetryAfterDate(HttpContext context, PartnerReply reply)
    {
        // HTTP dates have whole seconds: the date is the ask truncated, so the wait is up to 1 s shorter.
        var now = _time.GetUtcNow();
        var date = new DateTimeOffset(now.Ticks - (now.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero) + (reply.RetryAfter ?? TimeSpan.Zero);
        context.Response.Headers.RetryAfter = date.ToString("r", CultureInfo.InvariantCulture);
        return request => request with { RetryAfterDate = date };
    }

    private async Task AnswerAsync(HttpContext context, int number, int status, string json, Func<PartnerRequest, PartnerRequest>? change = null, string contentType = "application/json")
    {
        Record(number, request => (change ?? (unchanged => unchanged))(request) with { AnsweredAt = _time.GetUtcNow(), Status = status });
        context.Response.StatusCode = status;
        context.Response.ContentType = contentType;
        await context.Response.WriteAsync(json, context.RequestAborted);
    }
}

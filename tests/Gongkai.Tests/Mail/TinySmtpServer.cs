using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Gongkai.Tests.Mail;

/// <summary>
/// Just enough of an SMTP server on 127.0.0.1 for a real client to deliver to: 220, EHLO/HELO,
/// AUTH PLAIN, MAIL FROM, RCPT TO, DATA, RSET, NOOP, QUIT. One client at a time; stops on dispose.
/// </summary>
public sealed class TinySmtpServer : IAsyncDisposable
{
    public sealed record Message(string From, IReadOnlyList<string> To, byte[] Data, string? Login);

    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public TinySmtpServer()
    {
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public ConcurrentQueue<Message> Received { get; } = new();

    /// <summary>A recipient refused with 550.</summary>
    public string? RejectRecipient { get; init; }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _loop;
        }
        catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
        {
            // stopped
        }
        _stop.Dispose();
    }

    private async Task ServeAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            using var client = await _listener.AcceptTcpClientAsync(_stop.Token);
            try
            {
                await ConverseAsync(client.GetStream(), _stop.Token);
            }
            catch (IOException)
            {
                // the client hung up
            }
        }
    }

    private async Task ConverseAsync(NetworkStream stream, CancellationToken ct)
    {
        // Latin-1 keeps every byte as it came; MIME content after Prepare is ASCII anyway.
        using var reader = new StreamReader(stream, Encoding.Latin1);
        await using var writer = new StreamWriter(stream, Encoding.Latin1) { NewLine = "\r\n", AutoFlush = true };
        await writer.WriteLineAsync("220 tiny ESMTP");
        string? from = null, login = null;
        var to = new List<string>();
        while (await reader.ReadLineAsync(ct) is { } line)
        {
            var verb = line.Split(' ', 2)[0].ToUpperInvariant();
            switch (verb)
            {
                case "EHLO":
                    await writer.WriteAsync("250-tiny\r\n250 AUTH PLAIN\r\n");
                    break;
                case "AUTH":
                    var parts = line.Split(' ');
                    var initial = parts.Length > 2 ? parts[2] : null;
                    if (initial is null)
                    {
                        await writer.WriteLineAsync("334 ");
                        initial = await reader.ReadLineAsync(ct);
                    }
                    login = Encoding.UTF8.GetString(Convert.FromBase64String(initial ?? ""));
                    await writer.WriteLineAsync("235 2.7.0 Authentication successful");
                    break;
                case "MAIL":
                    from = Address(line);
                    to.Clear();
                    await writer.WriteLineAsync("250 OK");
                    break;
                case "RCPT":
                    var recipient = Address(line);
                    if (recipient == RejectRecipient)
                    {
                        await writer.WriteLineAsync($"550 5.1.1 <{recipient}>: mailbox unavailable");
                        break;
                    }
                    to.Add(recipient);
                    await writer.WriteLineAsync("250 OK");
                    break;
                case "DATA":
                    await writer.WriteLineAsync("354 End data with <CR><LF>.<CR><LF>");
                    var data = new StringBuilder();
                    while (await reader.ReadLineAsync(ct) is { } dataLine && dataLine != ".")
                    {
                        data.Append(dataLine.StartsWith("..", StringComparison.Ordinal) ? dataLine[1..] : dataLine).Append("\r\n");
                    }
                    Received.Enqueue(new Message(from ?? "", [.. to], Encoding.Latin1.GetBytes(data.ToString()), login));
                    await writer.WriteLineAsync("250 OK queued");
                    break;
                case "QUIT":
                    await writer.WriteLineAsync("221 Bye");
                    return;
                case "HELO" or "RSET" or "NOOP":
                    await writer.WriteLineAsync("250 OK");
                    break;
                default:
                    await writer.WriteLineAsync("502 Command not implemented");
                    break;
            }
        }
    }

    /// <summary>The address in <c>MAIL FROM:&lt;a@b&gt; …</c> or <c>RCPT TO:&lt;a@b&gt;</c>.</summary>
    private static string Address(string line)
    {
        var start = line.IndexOf('<', StringComparison.Ordinal) + 1;
        return line[start..line.IndexOf('>', start)];
    }
}

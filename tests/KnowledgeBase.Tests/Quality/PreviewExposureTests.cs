using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using KnowledgeBase.Tests.Support;
using Shouldly;

namespace KnowledgeBase.Tests.Quality;

/// <summary>`serve` shows unpublished drafts, so it answers this machine only, never the network it is on.</summary>
public sealed class PreviewExposureTests
{
    [Fact]
    public async Task The_preview_answers_on_loopback_and_refuses_the_machines_network_address()
    {
        var networkAddress = NetworkInterface.GetAllNetworkInterfaces()
            .Where(adapter => adapter.OperationalStatus == OperationalStatus.Up && adapter.NetworkInterfaceType != NetworkInterfaceType.Loopback)
            .SelectMany(adapter => adapter.GetIPProperties().UnicastAddresses)
            .Select(unicast => unicast.Address)
            .FirstOrDefault(address => address.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(address));
        if (networkAddress is null)
        {
            Assert.Skip("this machine has no network address besides loopback to try");
        }

        using var site = new TestSite();
        await using var preview = await Preview.StartAsync(site);
        var port = preview.Http.BaseAddress!.Port;

        using (var local = new TcpClient())
        {
            await local.ConnectAsync(IPAddress.Loopback, port, TestContext.Current.CancellationToken);
            local.Connected.ShouldBeTrue();
        }

        using var remote = new TcpClient();
        var refused = await Should.ThrowAsync<SocketException>(async () => await remote.ConnectAsync(networkAddress, port, TestContext.Current.CancellationToken));
        refused.SocketErrorCode.ShouldBe(SocketError.ConnectionRefused);
    }
}

using JasperFx.Events;
using JasperFx.Events.Daemon;
using Wolverine.Configuration;
using Wolverine.ErrorHandling;
using Wolverine.Logging;
using Wolverine.Persistence;
using Wolverine.Runtime;
using Wolverine.Runtime.Agents;
using Wolverine.Runtime.Metrics;
using Wolverine.Runtime.Routing;
using Wolverine.Transports;

namespace Ledger.Integration.Tests.Infrastructure;

/// <summary>
/// A node whose start-up stalls right after one event agent has started, before Wolverine starts its local queues, until
/// that agent's relay has looked up the route of <paramref name="messageType"/> (or 20 s pass): what a starved start-up
/// thread can do on a loaded machine (two cores, a full test run beside it). A relay with work waiting at start-up then
/// sends its first message into a runtime whose queues are not up yet, every time instead of once in a while.
/// </summary>
public sealed class SlowStartUp(string agentName, Type messageType) : IWolverineActivator
{
    public void Apply(IWolverineRuntime runtime) => runtime.Observer = new Holding(runtime.Observer, agentName, messageType);

    sealed class Holding(IWolverineObserver inner, string agentName, Type messageType) : IWolverineObserver
    {
        readonly TaskCompletionSource _routed = new(TaskCreationOptions.RunContinuationsAsynchronously);
        int _held;

        public async Task AgentStarted(Uri agentUri)
        {
            await inner.AgentStarted(agentUri);
            if (agentUri.Scheme == "event-subscriptions" && agentUri.AbsolutePath.Contains($"/{agentName}/", StringComparison.OrdinalIgnoreCase)
                && Interlocked.Exchange(ref _held, 1) == 0)
                await Task.WhenAny(_routed.Task, Task.Delay(TimeSpan.FromSeconds(20)));
        }

        public void MessageRouted(Type type, IMessageRouter router)
        {
            inner.MessageRouted(type, router);
            if (type == messageType) _routed.TrySetResult();
        }

        public Task AssumedLeadership() => inner.AssumedLeadership();
        public Task LostLeadership() => inner.LostLeadership();
        public Task NodeStarted() => inner.NodeStarted();
        public Task NodeStopped() => inner.NodeStopped();
        public Task AgentStopped(Uri agentUri) => inner.AgentStopped(agentUri);
        public Task AgentPaused(Uri agentUri, ShardFailure? failure) => inner.AgentPaused(agentUri, failure);
        public Task AgentReleased(Uri agentUri, ShardFailure? failure) => inner.AgentReleased(agentUri, failure);
        public Task AgentStartFailed(Uri agentUri, ShardStartFailureReason reason, Exception exception) => inner.AgentStartFailed(agentUri, reason, exception);
        public Task AssignmentsChanged(AssignmentGrid grid, AgentCommands commands) => inner.AssignmentsChanged(grid, commands);
        public Task StaleNodes(IReadOnlyList<WolverineNode> staleNodes) => inner.StaleNodes(staleNodes);
        public Task RuntimeIsFullyStarted() => inner.RuntimeIsFullyStarted();
        public void EndpointAdded(Endpoint endpoint) => inner.EndpointAdded(endpoint);
        public Task BackPressureTriggered(Endpoint endpoint, IListeningAgent agent) => inner.BackPressureTriggered(endpoint, agent);
        public Task BackPressureLifted(Endpoint endpoint) => inner.BackPressureLifted(endpoint);
        public Task ListenerLatched(Endpoint endpoint) => inner.ListenerLatched(endpoint);
        public Task CircuitBreakerTripped(Endpoint endpoint, CircuitBreakerOptions options) => inner.CircuitBreakerTripped(endpoint, options);
        public Task CircuitBreakerReset(Endpoint endpoint) => inner.CircuitBreakerReset(endpoint);
        public void PersistedCounts(Uri storeUri, PersistedCounts counts) => inner.PersistedCounts(storeUri, counts);
        public void MessageHandlingMetricsExported(MessageHandlingMetrics metrics) => inner.MessageHandlingMetricsExported(metrics);
        public void MessageCausedBy(string incomingMessageType, string outgoingMessageType, string handlerType, string? endpointUri) =>
            inner.MessageCausedBy(incomingMessageType, outgoingMessageType, handlerType, endpointUri);
        public void EventsAppended(IReadOnlyList<IEvent> events) => inner.EventsAppended(events);
        public void ConnectionBudget(ConnectionBudgetSnapshot snapshot) => inner.ConnectionBudget(snapshot);
    }
}

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
/// A node whose start-up stalls right after one event agent has started, before Wolverine starts its local queues: what a
/// starved start-up thread does on a loaded machine (two cores, a full test run beside it). The agent runs meanwhile, so a
/// relay with work waiting at start-up sends its first messages into a runtime whose queues are not up yet.
/// </summary>
public sealed class SlowStartUp(string agentName, TimeSpan hold) : IWolverineActivator
{
    public void Apply(IWolverineRuntime runtime) => runtime.Observer = new Holding(runtime.Observer, agentName, hold);

    sealed class Holding(IWolverineObserver inner, string agentName, TimeSpan hold) : IWolverineObserver
    {
        int _held;

        public async Task AgentStarted(Uri agentUri)
        {
            await inner.AgentStarted(agentUri);
            if (agentUri.Scheme == "event-subscriptions" && agentUri.AbsolutePath.Contains($"/{agentName}/", StringComparison.OrdinalIgnoreCase)
                && Interlocked.Exchange(ref _held, 1) == 0)
                await Task.Delay(hold);
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
        public void MessageRouted(Type messageType, IMessageRouter router) => inner.MessageRouted(messageType, router);
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

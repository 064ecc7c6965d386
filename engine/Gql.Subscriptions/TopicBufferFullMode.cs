namespace Gql.Subscriptions;

/// <summary>What happens when an event arrives for a subscriber whose buffer is full (a slow reader).</summary>
public enum TopicBufferFullMode
{
    /// <summary>The oldest buffered event is removed to make room: the reader sees the latest events.</summary>
    DropOldest,

    /// <summary>The most recently buffered event is removed to make room for the arriving one.</summary>
    DropNewest,

    /// <summary>The arriving event is dropped: the reader sees the events buffered before it filled up.</summary>
    DropWrite,
}

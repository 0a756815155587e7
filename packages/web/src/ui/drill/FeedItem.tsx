import type { DrillView } from "@k2k/scenarios";
import { CHANNEL_LABELS } from "@k2k/scenarios";
import { formatSimMinutes } from "@k2k/web/ui";

type Item = DrillView["feed"][number];

const fmt = (n: number | undefined) =>
  n === undefined ? "—" : n >= 10000 ? `${(n / 10000).toFixed(1)}万` : String(Math.round(n));

/** One item of the workspace, drawn like its channel: a microblog post, a ticket, a letter … */
export function FeedItem({ item }: { item: Item }) {
  const cls = [
    "item",
    item.kind === "inject" ? (item.channel === "feed" ? "feed-post" : item.channel) : item.kind,
    item.rumour ? "rumour" : "",
  ].join(" ");
  return (
    <li className={cls} data-channel={item.channel} data-kind={item.kind}>
      <header>
        <span className="avatar" aria-hidden="true">
          {item.author.slice(0, 1)}
        </span>
        <span className="author">{item.author}</span>
        {item.authorNote ? <span className="badge">{item.authorNote}</span> : null}
        <span className="badge info">
          {item.kind === "publication"
            ? "我方发布"
            : item.kind === "reaction"
              ? "网友评论"
              : CHANNEL_LABELS[item.channel]}
        </span>
        <span className="time">T+{formatSimMinutes(item.at)}</span>
      </header>
      {item.title ? <div className="title">{item.title}</div> : null}
      {item.ticket ? (
        <dl>
          <dt>工单编号</dt>
          <dd>{item.ticket.ticketNo}</dd>
          {item.ticket.caller ? (
            <>
              <dt>来电人</dt>
              <dd>{item.ticket.caller}</dd>
            </>
          ) : null}
          {item.ticket.phone ? (
            <>
              <dt>联系电话</dt>
              <dd>{item.ticket.phone}</dd>
            </>
          ) : null}
          {item.ticket.category ? (
            <>
              <dt>诉求类别</dt>
              <dd>{item.ticket.category}</dd>
            </>
          ) : null}
          {item.ticket.address ? (
            <>
              <dt>地址</dt>
              <dd>{item.ticket.address}</dd>
            </>
          ) : null}
          {item.ticket.timeLimit ? (
            <>
              <dt>办理时限</dt>
              <dd>{item.ticket.timeLimit}</dd>
            </>
          ) : null}
        </dl>
      ) : null}
      <div className="text">{item.text}</div>
      {item.metrics ? (
        <div className="metrics">
          <span>转发 {fmt(item.metrics.reposts)}</span>
          <span>评论 {fmt(item.metrics.comments)}</span>
          <span>点赞 {fmt(item.metrics.likes)}</span>
        </div>
      ) : null}
    </li>
  );
}

// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "linkinbox.h"

#include "linkidentity.h"

#include <QDataStream>
#include <QIODevice>
#include <QMimeData>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

namespace wc {

namespace {

// Sentence punctuation that follows a URL in running text rather than belonging to it.
bool endsSentence(QChar c) {
    return QStringLiteral(".,;:!?'\"*_").contains(c);
}

QString trimmedUrl(QString url) {
    for (;;) {
        if (url.isEmpty())
            return url;
        const QChar last = url.back();
        if (endsSentence(last)) {
            url.chop(1);
            continue;
        }
        // A closing bracket belongs to the URL only when it closes one opened inside it
        // (https://en.wikipedia.org/wiki/Python_(programming_language)); else it closes the
        // text around it: (see https://a.example), [title](https://a.example).
        const std::pair<QChar, QChar> brackets[] = {{u'(', u')'}, {u'[', u']'}, {u'{', u'}'}};
        bool trimmed = false;
        for (const auto &[open, close] : brackets) {
            if (last == close && url.count(open) < url.count(close)) {
                url.chop(1);
                trimmed = true;
            }
        }
        if (!trimmed)
            return url;
    }
}

} // namespace

LinkInbox::LinkInbox(LinkFetcher *fetcher, QObject *parent)
    : QAbstractListModel(parent)
    , m_fetcher(fetcher) {
    connect(m_fetcher, &LinkFetcher::finished, this, &LinkInbox::fetched);
}

QStringList LinkInbox::urlsInText(QStringView text) {
    // ASCII only: a URL copied from a browser is percent-encoded, and in Chinese running text
    // the next character (，or a word) ends it.
    static const QRegularExpression pattern(QStringLiteral("https?://[!#-&(-;=?-~]+"),
                                            QRegularExpression::CaseInsensitiveOption);
    QStringList urls;
    auto it = pattern.globalMatch(text);
    while (it.hasNext()) {
        const QString url = trimmedUrl(it.next().captured(0));
        const QUrl parsed(url, QUrl::StrictMode);
        if (parsed.isValid() && !parsed.host().isEmpty())
            urls << url;
    }
    return urls;
}

bool LinkInbox::knows(const QString &normalized) const {
    auto same = [&normalized](const InboxLink &link) {
        return normalizedUrl(link.link.url) == normalized;
    };
    return isTaken(normalized) || std::any_of(m_rows.begin(), m_rows.end(), same) ||
           std::any_of(m_hidden.begin(), m_hidden.end(), same);
}

LinkInbox::Added LinkInbox::addText(QStringView text) {
    return addUrls(urlsInText(text));
}

LinkInbox::Added LinkInbox::addUrls(const QStringList &urls) {
    Added added;
    QList<InboxLink> fresh;
    QSet<QString> seen;
    for (const QString &url : urls) {
        const QString normalized = normalizedUrl(url);
        if (knows(normalized) || seen.contains(normalized)) {
            ++added.duplicates;
            continue;
        }
        seen.insert(normalized);
        InboxLink link;
        link.link.url = url;
        link.order = m_nextOrder++;
        fresh << link;
    }
    if (fresh.isEmpty())
        return added;
    added.added = int(fresh.size());
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + fresh.size() - 1));
    m_rows << fresh;
    endInsertRows();
    pump();
    emit linksChanged();
    return added;
}

int LinkInbox::merge(const QList<InboxLink> &links) {
    int added = 0;
    for (InboxLink link : links) {
        const QString normalized = normalizedUrl(link.link.url);
        if (std::any_of(
                m_rows.begin(), m_rows.end(),
                [&](const InboxLink &l) { return normalizedUrl(l.link.url) == normalized; }) ||
            std::any_of(m_hidden.begin(), m_hidden.end(), [&](const InboxLink &l) {
                return normalizedUrl(l.link.url) == normalized;
            }))
            continue;
        link.order = m_nextOrder++;
        link.fetchId = 0;
        if (link.state != InboxLink::State::Ready)
            link.state = InboxLink::State::Waiting;
        ++added;
        if (isTaken(normalized)) {
            m_hidden << link;
        } else {
            beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
            m_rows << link;
            endInsertRows();
        }
    }
    pump();
    return added;
}

void LinkInbox::clear() {
    for (const quint64 id : std::as_const(m_running))
        m_fetcher->cancel(id);
    m_running.clear();
    beginResetModel();
    m_rows.clear();
    m_hidden.clear();
    endResetModel();
}

void LinkInbox::remove(int row) {
    if (row < 0 || row >= m_rows.size())
        return;
    const quint64 id = m_rows[row].fetchId;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
    if (m_running.remove(id))
        m_fetcher->cancel(id);
    pump();
    emit linksChanged();
}

void LinkInbox::retry(int row) {
    if (row < 0 || row >= m_rows.size() || m_rows[row].state != InboxLink::State::Failed)
        return;
    const QString url = m_rows[row].link.url;
    m_rows[row].link = LinkResult{};
    m_rows[row].link.url = url;
    m_rows[row].state = InboxLink::State::Waiting;
    emit dataChanged(index(row), index(row));
    pump();
}

void LinkInbox::setTakenUrls(const QSet<QString> &normalizedUrls) {
    setTakenCheck([normalizedUrls](const QString &url) { return normalizedUrls.contains(url); });
}

void LinkInbox::setTakenCheck(std::function<bool(const QString &)> isTaken) {
    m_isTaken = std::move(isTaken);
    takeOrRestore();
}

void LinkInbox::takenUrlsChanged() {
    takeOrRestore();
}

bool LinkInbox::isTaken(const QString &normalized) const {
    return m_isTaken && m_isTaken(normalized);
}

void LinkInbox::takeOrRestore() {
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (isTaken(normalizedUrl(m_rows[row].link.url))) {
            beginRemoveRows({}, row, row);
            m_hidden << m_rows.takeAt(row);
            endRemoveRows();
        }
    }
    for (qsizetype i = m_hidden.size() - 1; i >= 0; --i) {
        if (isTaken(normalizedUrl(m_hidden[i].link.url)))
            continue;
        // Back in its place among the others (undo of the item that took it).
        const InboxLink link = m_hidden.takeAt(i);
        const auto at = std::lower_bound(
            m_rows.begin(), m_rows.end(), link.order,
            [](const InboxLink &other, quint64 order) { return other.order < order; });
        const int row = int(at - m_rows.begin());
        beginInsertRows({}, row, row);
        m_rows.insert(row, link);
        endInsertRows();
    }
    pump();
}

QList<InboxLink> LinkInbox::links() const {
    QList<InboxLink> all = m_rows + m_hidden;
    std::sort(all.begin(), all.end(),
              [](const InboxLink &a, const InboxLink &b) { return a.order < b.order; });
    return all;
}

int LinkInbox::busyCount() const {
    return int(std::count_if(m_rows.begin(), m_rows.end(), [](const InboxLink &link) {
        return link.state == InboxLink::State::Waiting || link.state == InboxLink::State::Fetching;
    }));
}

void LinkInbox::setMaximumRunning(int count) {
    m_maximumRunning = std::max(1, count);
    pump();
}

void LinkInbox::pump() {
    // Only the links on show are fetched: a hidden one is an item already.
    for (int row = 0; row < m_rows.size() && m_running.size() < m_maximumRunning; ++row) {
        InboxLink &link = m_rows[row];
        if (link.state != InboxLink::State::Waiting)
            continue;
        link.state = InboxLink::State::Fetching;
        link.fetchId = m_fetcher->fetch(link.link.url);
        m_running.insert(link.fetchId);
        emit dataChanged(index(row), index(row));
    }
}

void LinkInbox::fetched(quint64 id, const LinkResult &result) {
    if (!m_running.remove(id))
        return; // not ours, or removed meanwhile
    auto update = [&](InboxLink &link) {
        const QString url = link.link.url;
        link.link = result;
        link.link.url = url;
        link.state = result.error.isEmpty() ? InboxLink::State::Ready : InboxLink::State::Failed;
        link.fetchId = 0;
    };
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].fetchId == id) {
            update(m_rows[row]);
            emit dataChanged(index(row), index(row));
        }
    }
    for (InboxLink &link : m_hidden) {
        if (link.fetchId == id)
            update(link);
    }
    pump();
    emit linksChanged();
}

QString LinkInbox::secondLine(const InboxLink &link) const {
    switch (link.state) {
    case InboxLink::State::Waiting:
        return tr("Waiting…");
    case InboxLink::State::Fetching:
        return tr("Fetching…");
    case InboxLink::State::Failed:
        return link.link.error;
    case InboxLink::State::Ready:
        break;
    }
    return link.link.url;
}

int LinkInbox::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant LinkInbox::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const InboxLink &link = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole: {
        const QString title = link.link.title.isEmpty() ? link.link.url : link.link.title;
        return title + u'\n' + secondLine(link);
    }
    case Qt::ToolTipRole: {
        QString tip = link.link.url;
        if (!link.link.description.isEmpty())
            tip += u'\n' + link.link.description;
        if (!link.link.error.isEmpty())
            tip += u'\n' + link.link.error;
        return tip;
    }
    case UrlRole:
        return link.link.url;
    case StateRole:
        return int(link.state);
    case ErrorRole:
        return link.link.error;
    default:
        return {};
    }
}

Qt::ItemFlags LinkInbox::flags(const QModelIndex &index) const {
    const Qt::ItemFlags flags = QAbstractListModel::flags(index);
    return index.isValid() ? flags | Qt::ItemIsDragEnabled : flags | Qt::ItemIsDropEnabled;
}

QStringList LinkInbox::mimeTypes() const {
    return {QStringLiteral("text/uri-list"), QStringLiteral("text/plain")};
}

QByteArray LinkInbox::encodeLinks(const QList<LinkResult> &links) {
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out << qint32(links.size());
    for (const LinkResult &link : links)
        out << link.url << link.title << link.description << link.image
            << qint64(link.stars.value_or(-1)) << link.isGithubRepository;
    return bytes;
}

QList<LinkResult> LinkInbox::decodeLinks(const QByteArray &bytes) {
    QList<LinkResult> links;
    QDataStream in(bytes);
    qint32 count = 0;
    in >> count;
    for (qint32 i = 0; i < count && i < 10000 && in.status() == QDataStream::Ok; ++i) {
        LinkResult link;
        qint64 stars = -1;
        in >> link.url >> link.title >> link.description >> link.image >> stars >>
            link.isGithubRepository;
        if (in.status() != QDataStream::Ok)
            break;
        if (stars >= 0)
            link.stars = stars;
        links << link;
    }
    return links;
}

QMimeData *LinkInbox::mimeData(const QModelIndexList &indexes) const {
    QList<LinkResult> links;
    QList<QUrl> urls;
    QStringList lines;
    QList<int> rows;
    for (const QModelIndex &index : indexes) {
        if (index.isValid() && index.row() < m_rows.size() && !rows.contains(index.row()))
            rows << index.row();
    }
    std::sort(rows.begin(), rows.end());
    for (const int row : rows) {
        links << m_rows[row].link;
        urls << QUrl(m_rows[row].link.url);
        lines << m_rows[row].link.url;
    }
    if (links.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    data->setData(mimeType(), encodeLinks(links));
    data->setUrls(urls);
    data->setText(lines.join(u'\n'));
    return data;
}

bool LinkInbox::canDropMimeData(const QMimeData *data, Qt::DropAction, int, int,
                                const QModelIndex &) const {
    if (data->hasFormat(mimeType()))
        return false; // from the inbox itself
    if (data->hasUrls())
        return true;
    return data->hasText() && !urlsInText(data->text()).isEmpty();
}

bool LinkInbox::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                             const QModelIndex &parent) {
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    QStringList urls;
    for (const QUrl &url : data->urls()) {
        if (url.scheme() == u"http" || url.scheme() == u"https")
            urls << url.toString(QUrl::FullyEncoded);
    }
    if (urls.isEmpty())
        urls = urlsInText(data->text());
    addUrls(urls); // duplicates are no failure: the link is here already
    return !urls.isEmpty();
}

} // namespace wc

// SPDX-FileCopyrightText: 2026 Weekly Composer developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Form edits typed into the real item and section forms keep the issue's structure: the same
// sections with the same items, whatever the edited node's neighbourhood.

#include "issuesession.h"
#include "itemform.h"
#include "sectionform.h"
#include "testsupport.h"
#include "typing.h"

#include <QApplication>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTest>

using namespace wc;

namespace {

// The field of a form row by its label, as a user finds it.
QLineEdit *fieldLabelled(QWidget *form, const QString &label) {
    for (QLabel *candidate : form->findChildren<QLabel *>()) {
        if (candidate->text() == label)
            return qobject_cast<QLineEdit *>(candidate->buddy());
    }
    return nullptr;
}

// Section labels with their item counts, the structure a field edit must keep.
QStringList shape(const IssueDocument &doc) {
    QStringList out;
    for (const SectionNode &section : doc.sections())
        out << QStringLiteral("%1:%2").arg(doc.sectionLabel(section)).arg(section.items.size());
    return out;
}

const char summaryIssue[] = "# Python 潮流周刊#110：测试\n"
                            "\n"
                            "**[🦄文章&教程](https://xiaobot.net/p/python_weekly)**\n"
                            "\n"
                            "① 第一篇\n"
                            "\n"
                            "② 第二篇\n"
                            "\n"
                            "**[🐿️项目&资源](https://xiaobot.net/p/python_weekly)**\n"
                            "\n"
                            "① 项目一\n"
                            "\n"
                            "② 项目二\n"
                            "\n"
                            "③ 项目三\n";

} // namespace

class FormStructureTest : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void notesAfterACodeFenceLeaveTheFenceClosed_data();
    void notesAfterACodeFenceLeaveTheFenceClosed();
    void boldLinkSectionStaysASection_data();
    void boldLinkSectionStaysASection();

private:
    IssueSession *m_session = nullptr;
};

void FormStructureTest::init() {
    m_session = new IssueSession(this);
}

void FormStructureTest::cleanup() {
    delete m_session;
}

void FormStructureTest::notesAfterACodeFenceLeaveTheFenceClosed_data() {
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("typed");
    QTest::newRow("stars") << "&Stars:"
                           << "5K";
    QTest::newRow("contributor") << "&Contributor:"
                                 << "小明";
}

void FormStructureTest::notesAfterACodeFenceLeaveTheFenceClosed() {
    QFETCH(QString, label);
    QFETCH(QString, typed);
    QString error;
    QVERIFY2(m_session->load(test::sampleFile(QStringLiteral("2026-11-21-weekly.md")), &error),
             qPrintable(error));
    const IssueDocument &doc = m_session->document();
    int section = -1;
    for (int s = 0; s < doc.sections().size(); ++s) {
        if (doc.sectionLabel(doc.sections()[s]).contains(QStringLiteral("项目&资源")))
            section = s;
    }
    QVERIFY(section >= 0);
    const ItemNode &third = doc.sections()[section].items.at(2);
    QCOMPARE(third.body.last().kind, Block::Kind::Code); // the description ends in a fence
    const QStringList before = shape(doc);
    const QString fence = third.body.last().content.in(doc.text()).toString();

    ItemForm form(m_session);
    connect(m_session, &IssueSession::documentChanged, &form, &ItemForm::refresh);
    form.setItem({section, 2});
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    QLineEdit *field = fieldLabelled(&form, label);
    QVERIFY(field);
    field->setFocus();
    test::typeText(field, typed);

    const IssueDocument &after = m_session->document();
    QCOMPARE(shape(after), before);
    const ItemNode &edited = after.sections()[section].items.at(2);
    QCOMPARE(edited.body.last().content.in(after.text()), fence); // the fence is untouched
    QVERIFY2(!after.text().contains(QStringLiteral("```") + u'（'), qPrintable(after.text()));
    const TextRange value =
        label == u"&Stars:" ? edited.notes.starValue : edited.notes.contributorName;
    QCOMPARE(value.in(after.text()), typed);
    QCOMPARE(field->text(), typed);
}

void FormStructureTest::boldLinkSectionStaysASection_data() {
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("typed");  // empty: clear the field
    QTest::addColumn<QString>("header"); // the second section's header line afterwards
    QTest::newRow("plain label") << "&Label:"
                                 << "项目"
                                 << "**[项目](https://xiaobot.net/p/python_weekly)**";
    QTest::newRow("label cleared") << "&Label:"
                                   << ""
                                   << "**[](https://xiaobot.net/p/python_weekly)**";
    QTest::newRow("url cleared") << "Heading &link:"
                                 << ""
                                 << "**🐿️项目&资源**";
}

void FormStructureTest::boldLinkSectionStaysASection() {
    QFETCH(QString, label);
    QFETCH(QString, typed);
    QFETCH(QString, header);
    m_session->setContents(QString::fromUtf8(summaryIssue),
                           QStringLiteral("/tmp/2026-07-19-weekly.md"), QStringLiteral("\n"),
                           false);
    QCOMPARE(m_session->document().sections().size(), 2);
    SectionForm form(m_session);
    connect(m_session, &IssueSession::documentChanged, &form, &SectionForm::refresh);
    form.setSection(1);
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    QLineEdit *field = fieldLabelled(&form, label);
    QVERIFY(field);
    field->setFocus();
    field->selectAll();
    QTest::keyClick(field, Qt::Key_Backspace);
    test::typeText(field, typed);

    const IssueDocument &doc = m_session->document();
    QCOMPARE(doc.sections().size(), 2);
    QCOMPARE(doc.sections()[0].items.size(), 2);
    QCOMPARE(doc.sections()[1].items.size(), 3);
    QCOMPARE(doc.sections()[1].header.content.in(doc.text()), header);
    QCOMPARE(doc.sections()[1].level, 0);
}

QTEST_MAIN(FormStructureTest)
#include "tst_formstructure.moc"

// Tumour-board meetings in the registry: agenda, decisions with time and author, the audit log,
// immutability once closed (service and database triggers), decisions on the patient's record, and
// the anonymous agenda view.
#include "core/board/BoardView.h"
#include "core/board/FreeTextScreen.h"
#include "core/registry/AuditLog.h"
#include "tests/support/BoardFixture.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace netdesk;
using namespace netdesk::test;

class TestBoard final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void agendaInOrderWithAttendees();
    void decisionsAreRecordedAndAudited();
    void wrongInputNamesTheFieldAndChangesNothing();
    void closedMeetingIsImmutable();
    void decisionShowsOnThePatientsRecord();
    void anonymousAgendaHoldsNoIdentifier();
    void ageBands();
    void inactivePatientsAreRefused_data();
    void inactivePatientsAreRefused();
    void questionIsKeptAndAudited();
    void decisionCanStartATherapyLine();
    void anonymousCourseHoldsNoIdentifier();
    void typedIdentifiersMaskedInTheAnonymousAgenda();
    void screenFreeTextFindsEveryForm_data();
    void screenFreeTextFindsEveryForm();

private:
    std::unique_ptr<BoardFixture> m_f;
};

void TestBoard::init()
{
    m_f = std::make_unique<BoardFixture>();
    QVERIFY(m_f->setUp());
}

void TestBoard::cleanup()
{
    m_f.reset();
}

void TestBoard::agendaInOrderWithAttendees()
{
    const auto m = m_f->registry->board().meeting(m_f->meetingId);
    QVERIFY(m.ok());
    QCOMPARE(m.value().status, QStringLiteral("open"));
    QCOMPARE(m.value().attendees.size(), 2);
    QCOMPARE(m.value().attendees.at(1).role, QStringLiteral("nuclear medicine"));
    QCOMPARE(m.value().cases.size(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(m.value().cases.at(i).position, i + 1);
        QCOMPARE(m.value().cases.at(i).recordNumber, QString::fromLatin1(boardPatients().at(i).record));
        QCOMPARE(m.value().cases.at(i).status, QStringLiteral("pending"));
    }
    // Several at once are all or none: one unknown record adds nobody.
    const auto partly = m_f->registry->board().create(QDate(2026, 11, 28), QStringLiteral("next"), {});
    QVERIFY(partly.ok());
    const auto refused = m_f->registry->board().add(partly.value().id,
                                                     QStringList{QStringLiteral("MRN-4711"), QStringLiteral("NOPE-9")});
    QVERIFY(!refused.ok());
    QVERIFY(refused.messages().join(u' ').contains(QStringLiteral("NOPE-9")));
    QVERIFY(m_f->registry->board().meeting(partly.value().id).value().cases.isEmpty());
    QVERIFY(m_f->registry->board()
                .add(partly.value().id, QStringList{QStringLiteral("MRN-6933"), QStringLiteral("MRN-4711")})
                .ok());
    QCOMPARE(m_f->registry->board().meeting(partly.value().id).value().cases.at(1).recordNumber,
             QStringLiteral("MRN-4711"));
    // The same patient twice is refused.
    const auto again = m_f->registry->board().add(m_f->meetingId, QStringLiteral("MRN-4711"));
    QVERIFY(!again.ok());
    QVERIFY(again.messages().join(u' ').contains(QStringLiteral("already case 1")));
}

void TestBoard::decisionsAreRecordedAndAudited()
{
    Board board = m_f->registry->board();
    const auto decided = board.decide(m_f->meetingId, QStringLiteral("MRN-4711"), QStringLiteral("discussed"),
                                      QStringLiteral("Start lanreotide; restage in 6 months"), {QStringLiteral("SSA")});
    QVERIFY2(decided.ok(), qPrintable(decided.messages().join(u'\n')));
    const BoardCase& c = decided.value().cases.at(0);
    QCOMPARE(c.status, QStringLiteral("discussed"));
    QCOMPARE(c.chosen, QStringList{QStringLiteral("SSA")});
    QCOMPARE(c.decidedBy, QStringLiteral("Dr. Board Tester"));
    QVERIFY(c.decidedAt.isValid());
    const auto deferred = board.decideAt(m_f->meetingId, 2, QStringLiteral("deferred"), QString(), {});
    QVERIFY2(deferred.ok(), qPrintable(deferred.messages().join(u'\n')));
    QSqlQuery q(m_f->db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT action, COUNT(*) FROM audit_log WHERE action LIKE 'board-%' GROUP BY action")));
    QMap<QString, int> actions;
    while (q.next())
        actions.insert(q.value(0).toString(), q.value(1).toInt());
    QCOMPARE(actions.value(QStringLiteral("board-create")), 1);
    QCOMPARE(actions.value(QStringLiteral("board-add")), 3);
    QCOMPARE(actions.value(QStringLiteral("board-decide")), 2);
    QVERIFY(AuditLog(*m_f->db).verify().ok());
}

void TestBoard::wrongInputNamesTheFieldAndChangesNothing()
{
    Board board = m_f->registry->board();
    auto r = board.decide(m_f->meetingId, QStringLiteral("MRN-4711"), QStringLiteral("maybe"), QString(),
                          {QStringLiteral("CAPTEM")});
    QVERIFY(!r.ok());
    const QString all = r.messages().join(u'\n');
    QVERIFY2(all.contains(QStringLiteral("status: \"maybe\" is not allowed; allowed: discussed, deferred")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("chosen: CAPTEM is not a recommendation of the plan presented")), qPrintable(all));
    r = board.decide(m_f->meetingId, QStringLiteral("MRN-4711"), QStringLiteral("discussed"), QStringLiteral("  "), {});
    QVERIFY(!r.ok());
    QVERIFY(r.messages().join(u'\n').contains(QStringLiteral("decision: write the board's decision")));
    r = board.decide(m_f->meetingId, QStringLiteral("MRN-0000"), QStringLiteral("deferred"), QString(), {});
    QVERIFY(!r.ok());
    QVERIFY(r.messages().join(u'\n').contains(QStringLiteral("record: MRN-0000 is not on the agenda")));
    QVERIFY(!board.create(QDate(), QString(), {{QStringLiteral("X"), QString()}}).ok());
    const auto m = board.meeting(m_f->meetingId);
    QCOMPARE(m.value().cases.at(0).status, QStringLiteral("pending"));
    QCOMPARE(board.meetings().value().size(), 1);
}

void TestBoard::closedMeetingIsImmutable()
{
    Board board = m_f->registry->board();
    QVERIFY(board.decide(m_f->meetingId, QStringLiteral("MRN-5822"), QStringLiteral("discussed"),
                         QStringLiteral("Everolimus"), {QStringLiteral("EVEROLIMUS")})
                .ok());
    const auto closed = board.close(m_f->meetingId);
    QVERIFY(closed.ok());
    QCOMPARE(closed.value().status, QStringLiteral("closed"));
    QCOMPARE(closed.value().closedBy, QStringLiteral("Dr. Board Tester"));
    // The service refuses, naming the meeting.
    const auto late = board.decide(m_f->meetingId, QStringLiteral("MRN-5822"), QStringLiteral("deferred"), QString(), {});
    QVERIFY(!late.ok());
    QVERIFY(late.messages().join(u' ').contains(QStringLiteral("is closed")));
    QVERIFY(!board.add(m_f->meetingId, QStringLiteral("MRN-6933")).ok());
    QVERIFY(!board.close(m_f->meetingId).ok());
    // And so does the database, for anyone writing SQL by hand.
    QSqlQuery q(m_f->db->connection());
    QVERIFY(!q.exec(QStringLiteral("UPDATE board_cases SET decision = 'changed' WHERE meeting_id = %1").arg(m_f->meetingId)));
    QVERIFY(q.lastError().text().contains(QStringLiteral("closed")));
    QVERIFY(!q.exec(QStringLiteral("UPDATE board_meetings SET status = 'open' WHERE id = %1").arg(m_f->meetingId)));
    QVERIFY(!q.exec(QStringLiteral("DELETE FROM board_cases")));
    QVERIFY(!q.exec(QStringLiteral("DELETE FROM board_attendees")));
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO board_attendees (meeting_id, position, name, role) VALUES (%1, 9, 'x', 'y')")
                        .arg(m_f->meetingId)));
    const auto after = board.meeting(m_f->meetingId);
    QCOMPARE(after.value().cases.at(1).decision, QStringLiteral("Everolimus"));
}

void TestBoard::decisionShowsOnThePatientsRecord()
{
    Board board = m_f->registry->board();
    QVERIFY(board.decide(m_f->meetingId, QStringLiteral("MRN-6933"), QStringLiteral("discussed"),
                         QStringLiteral("Telotristat added"), {})
                .ok());
    const auto decisions = board.decisionsFor(QStringLiteral("MRN-6933"));
    QVERIFY(decisions.ok());
    QCOMPARE(decisions.value().size(), 1);
    QCOMPARE(decisions.value().front().meetingDate, QDate(2026, 11, 27));
    QCOMPARE(decisions.value().front().boardCase.decision, QStringLiteral("Telotristat added"));
    QVERIFY(board.decisionsFor(QStringLiteral("NOBODY")).value().isEmpty());
}

void TestBoard::anonymousAgendaHoldsNoIdentifier()
{
    const auto m = m_f->registry->board().meeting(m_f->meetingId);
    const auto views = anonymousAgenda(*m_f->db, m.value());
    QVERIFY(views.ok());
    QCOMPARE(views.value().size(), 3);
    QCOMPARE(views.value().at(0).heading(), QStringLiteral("Case 1 · F · 65–69"));
    QCOMPARE(views.value().at(1).heading(), QStringLiteral("Case 2 · M · 75–79"));
    QCOMPARE(views.value().at(2).heading(), QStringLiteral("Case 3 · F · 50–54"));
    QCOMPARE(views.value().at(0).category, QStringLiteral("NET_G1"));
    QVERIFY(!views.value().at(1).recommendations.isEmpty());
    // Every text of every view, joined: none of the identifiers.
    for (const BoardCaseView& v : views.value()) {
        QStringList texts{v.heading(), v.sex, v.ageBand, v.category, v.grade, v.primarySite, v.functionalSyndrome,
                          v.differentiation, v.diseaseStatus, v.sstrImaging, v.decision};
        texts << v.basis << v.metastaticSites << v.priorTherapies << v.priorSurgery << v.avoid << v.prognosis << v.chosen;
        for (const auto& [severity, message] : v.warnings)
            texts << severity << message;
        for (const auto& r : v.recommendations)
            texts << r.therapy << r.name << r.role << r.strength;
        const QString all = texts.join(u'\n');
        for (const QString& id : BoardFixture::identifiers())
            QVERIFY2(!all.contains(id), qPrintable(id));
    }
}

void TestBoard::ageBands()
{
    QCOMPARE(ageBand(QDate(1961, 11, 27), QDate(2026, 11, 27)), QStringLiteral("65–69"));
    QCOMPARE(ageBand(QDate(1961, 11, 28), QDate(2026, 11, 27)), QStringLiteral("60–64"));
    QCOMPARE(ageBand(QDate(), QDate(2026, 11, 27)), QStringLiteral("?"));
    // Ages over 89 identify: one top band.
    QCOMPARE(ageBand(QDate(1937, 11, 28), QDate(2026, 11, 27)), QStringLiteral("85–89"));
    QCOMPARE(ageBand(QDate(1936, 11, 27), QDate(2026, 11, 27)), QStringLiteral("90 or over"));
    QCOMPARE(ageBand(QDate(1921, 3, 4), QDate(2026, 11, 27)), QStringLiteral("90 or over"));
}

void TestBoard::typedIdentifiersMaskedInTheAnonymousAgenda()
{
    // Every identifier form of every agenda patient typed into each decision: the presentation's views
    // (and so the anonymous summary) show none of them; the stored decision keeps what was typed.
    Board board = m_f->registry->board();
    const QString typed = BoardFixture::identifiers().join(QStringLiteral(" / ")) + QStringLiteral(" / restage");
    for (int position = 1; position <= 3; ++position)
        QVERIFY(board.decideAt(m_f->meetingId, position, QStringLiteral("discussed"), typed, {}).ok());
    const auto m = board.meeting(m_f->meetingId);
    QCOMPARE(m.value().cases.at(0).decision, typed);
    const auto views = anonymousAgenda(*m_f->db, m.value());
    QVERIFY(views.ok());
    for (const BoardCaseView& v : views.value()) {
        QVERIFY(v.decision.endsWith(QStringLiteral("/ restage")));
        QVERIFY(v.decision.contains(QStringLiteral("[name]")));
        for (const QString& id : BoardFixture::identifiers())
            QVERIFY2(!v.decision.contains(id), qPrintable(id + QStringLiteral(" in ") + v.decision));
    }
}

void TestBoard::screenFreeTextFindsEveryForm_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("masked");
    QTest::addColumn<QString>("found");
    QTest::addRow("family name") << QStringLiteral("call Mrs Müller today") << QStringLiteral("call Mrs [name] today")
                                 << QStringLiteral("family name");
    QTest::addRow("any case, no accents") << QStringLiteral("MULLER; mueller; muller")
                                          << QStringLiteral("[name]; [name]; [name]") << QStringLiteral("family name");
    QTest::addRow("given name") << QStringLiteral("for anna-lena") << QStringLiteral("for [name]")
                                << QStringLiteral("given name");
    QTest::addRow("part of a word is no name") << QStringLiteral("Müllerstrasse, Annals") << QStringLiteral("Müllerstrasse, Annals")
                                               << QString();
    QTest::addRow("record number") << QStringLiteral("(ZQX-48213) zqx48213 zqx 48213 48213")
                                   << QStringLiteral("([record number]) [record number] [record number] [record number]")
                                   << QStringLiteral("record number");
    QTest::addRow("other numbers stay") << QStringLiteral("148213 and 3 months") << QStringLiteral("148213 and 3 months")
                                        << QString();
    QTest::addRow("dates") << QStringLiteral("1921-03-04, 4.3.1921, 04.03.21, 03/04/1921, 4 March 1921, 4. März 1921, "
                                             "March 4th, 1921")
                           << QStringLiteral("[date], [date], [date], [date], [date], [date], [date]")
                           << QStringLiteral("date");
    QTest::addRow("another date stays") << QStringLiteral("restage 2027-03-04") << QStringLiteral("restage 2027-03-04")
                                        << QString();
}

void TestBoard::screenFreeTextFindsEveryForm()
{
    QFETCH(QString, text);
    QFETCH(QString, masked);
    QFETCH(QString, found);
    const QList<PatientIdentifiers> patients{
        {QStringLiteral("Müller"), QStringLiteral("Anna-Lena"), QStringLiteral("ZQX-48213"), {QDate(1921, 3, 4)}}};
    const ScreenedText s = screenFreeText(text, patients);
    QCOMPARE(s.masked, masked);
    QCOMPARE(s.found.join(QStringLiteral(", ")), found);
}

void TestBoard::inactivePatientsAreRefused_data()
{
    QTest::addColumn<QString>("status");
    QTest::newRow("deceased") << QStringLiteral("deceased");
    QTest::newRow("transferred") << QStringLiteral("transferred");
}

void TestBoard::inactivePatientsAreRefused()
{
    QFETCH(QString, status);
    QVERIFY(m_f->registry->setStatus(QStringLiteral("MRN-5822"), status, QStringLiteral("2026-11-20")).ok());
    Board board = m_f->registry->board();
    const auto next = board.create(QDate(2026, 12, 4), QStringLiteral("next"), {});
    QVERIFY(next.ok());
    const auto count = [&] {
        QSqlQuery q(m_f->db->connection());
        q.exec(QStringLiteral("SELECT (SELECT COUNT(*) FROM board_cases) || '/' || (SELECT COUNT(*) FROM audit_log)"));
        q.next();
        return q.value(0).toString();
    };
    const QString before = count();
    const auto one = board.add(next.value().id, QStringLiteral("MRN-5822"), QStringLiteral("why?"));
    QVERIFY(!one.ok());
    QVERIFY(!anyFailure(one.problems()));
    QCOMPARE(one.problems().front().toString(),
             QStringLiteral("record: MRN-5822 is %1 (since 2026-11-20); only active patients can be put on the "
                            "board's agenda")
                 .arg(status));
    // With others, in one call: nobody is added.
    const auto several =
        board.add(next.value().id, QStringList{QStringLiteral("MRN-4711"), QStringLiteral("MRN-5822")});
    QVERIFY(!several.ok());
    QCOMPARE(count(), before);
    QVERIFY(board.meeting(next.value().id).value().cases.isEmpty());
}

void TestBoard::questionIsKeptAndAudited()
{
    Board board = m_f->registry->board();
    const auto next = board.create(QDate(2026, 12, 4), QStringLiteral("next"), {});
    const auto added = board.add(next.value().id, QStringLiteral("MRN-4711"), QStringLiteral("  PRRT now or later?  "));
    QVERIFY2(added.ok(), qPrintable(added.messages().join(u'\n')));
    QCOMPARE(added.value().cases.at(0).question, QStringLiteral("PRRT now or later?"));
    const auto changed = board.setQuestion(next.value().id, 1, QStringLiteral("Everolimus instead?"));
    QVERIFY(changed.ok());
    QCOMPARE(board.meeting(next.value().id).value().cases.at(0).question, QStringLiteral("Everolimus instead?"));
    QVERIFY(!board.setQuestion(next.value().id, 7, QStringLiteral("x")).ok());
    QVERIFY(!board.setQuestion(next.value().id, 1, QString(1001, u'x')).ok());
    QCOMPARE(boardMeetingJson(board.meeting(next.value().id).value())
                 .value(QStringLiteral("cases"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("question"))
                 .toString(),
             QStringLiteral("Everolimus instead?"));
    QSqlQuery q(m_f->db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'board-question'")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    // Closed: the question cannot change any more.
    QVERIFY(board.close(next.value().id).ok());
    QVERIFY(!board.setQuestion(next.value().id, 1, QStringLiteral("late")).ok());
    QVERIFY(AuditLog(*m_f->db).verify().ok());
}

void TestBoard::decisionCanStartATherapyLine()
{
    Board board = m_f->registry->board();
    const auto meeting = board.meeting(m_f->meetingId).value();
    // p01: SSA is a recommendation of the plan presented.
    const auto refused = board.decide(m_f->meetingId, QStringLiteral("MRN-4711"), QStringLiteral("discussed"),
                                      QStringLiteral("Start SSA"), {QStringLiteral("SSA")}, {QStringLiteral("PRRT")});
    QVERIFY(!refused.ok());
    QVERIFY2(refused.messages().join(u'\n').contains(
                 QStringLiteral("start: PRRT is not among the chosen recommendations; allowed: SSA")),
             qPrintable(refused.messages().join(u'\n')));
    QVERIFY(m_f->registry->therapyLines(QStringLiteral("MRN-4711")).value().isEmpty());
    // A board is no therapy line, even when the board chose it (the core refuses it, not only the GUI).
    const auto notALine = board.decide(m_f->meetingId, QStringLiteral("MRN-4711"), QStringLiteral("discussed"),
                                       QStringLiteral("Discuss again"), {QStringLiteral("TUMOR_BOARD")},
                                       {QStringLiteral("TUMOR_BOARD")});
    QVERIFY(!notALine.ok());
    QVERIFY2(notALine.messages().join(u'\n').contains(QStringLiteral("is not a therapy that a line can hold")),
             qPrintable(notALine.messages().join(u'\n')));
    QVERIFY(m_f->registry->therapyLines(QStringLiteral("MRN-4711")).value().isEmpty());
    const auto decided = board.decide(m_f->meetingId, QStringLiteral("MRN-4711"), QStringLiteral("discussed"),
                                      QStringLiteral("Start SSA"), {QStringLiteral("SSA")}, {QStringLiteral("SSA")});
    QVERIFY2(decided.ok(), qPrintable(decided.messages().join(u'\n')));
    const auto lines = m_f->registry->therapyLines(QStringLiteral("MRN-4711")).value();
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines.front().therapy, QStringLiteral("SSA"));
    QCOMPARE(lines.front().startDate, QDate(2026, 11, 27));
    QVERIFY(lines.front().running());
    // Deciding again ("continue SSA") leaves the running line as it is.
    QVERIFY(board.decide(m_f->meetingId, QStringLiteral("MRN-4711"), QStringLiteral("discussed"),
                         QStringLiteral("Continue SSA"), {QStringLiteral("SSA")}, {QStringLiteral("SSA")})
                .ok());
    QCOMPARE(m_f->registry->therapyLines(QStringLiteral("MRN-4711")).value().size(), 1);
    QCOMPARE(m_f->registry->priorTherapies(QStringLiteral("MRN-4711")).value(), QStringList{QStringLiteral("SSA")});
    Q_UNUSED(meeting)
}

void TestBoard::anonymousCourseHoldsNoIdentifier()
{
    Registry& registry = *m_f->registry;
    // A question typed with the patient's identifiers is screened on the anonymous view.
    {
        const auto meeting = registry.board().meeting(m_f->meetingId).value();
        int position = 0;
        for (const BoardCase& c : meeting.cases)
            if (c.recordNumber == QLatin1String("MRN-5822"))
                position = c.position;
        QVERIFY(position > 0);
        const auto history = registry.history(QStringLiteral("MRN-5822")).value();
        const QString typed = QStringLiteral("%1 %2 (MRN-5822): PRRT?")
                                  .arg(history.patient.givenName, history.patient.familyName);
        QVERIFY(registry.board().setQuestion(m_f->meetingId, position, typed).ok());
        const auto views = anonymousAgenda(registry, registry.board().meeting(m_f->meetingId).value());
        QVERIFY(views.ok());
        const QString shown = views.value().at(position - 1).question;
        QVERIFY2(!shown.contains(history.patient.familyName) && !shown.contains(QStringLiteral("5822")),
                 qPrintable(shown));
        QVERIFY(shown.contains(QStringLiteral("PRRT?")));
    }
    QVERIFY(registry.startTherapy({QStringLiteral("MRN-5822"), QStringLiteral("SSA"), QStringLiteral("2025-09-15"), {}})
                .ok());
    QVERIFY(registry
                .stopTherapy({QStringLiteral("MRN-5822"), 0, QStringLiteral("SSA"), QStringLiteral("2026-11-25"),
                              QStringLiteral("progression"), QStringLiteral("SD"), {}})
                .ok());
    const auto history = registry.history(QStringLiteral("MRN-5822")).value();
    const QDate assessed = history.assessments.back().assessmentDate;
    m_f->clock->setToday(QDate(2026, 12, 20));
    const auto meeting = registry.board().create(QDate(2026, 12, 20), QStringLiteral("course"), {});
    QVERIFY(registry.board().add(meeting.value().id, QStringLiteral("MRN-5822"), QStringLiteral("Next line?")).ok());
    const auto views = anonymousAgenda(registry, registry.board().meeting(meeting.value().id).value());
    QVERIFY2(views.ok(), qPrintable(views.messages().join(u'\n')));
    const BoardCaseView& v = views.value().front();
    QCOMPARE(v.question, QStringLiteral("Next line?"));
    QCOMPARE(v.assessmentDate, assessed);
    QCOMPARE(v.planAgeDays, static_cast<int>(assessed.daysTo(QDate(2026, 12, 20))));
    QCOMPARE(v.lines.size(), 1);
    QCOMPARE(v.lines.front().therapy, QStringLiteral("SSA"));
    QCOMPARE(v.lines.front().startMonths, -15);
    QCOMPARE(*v.lines.front().stopMonths, 0);
    QCOMPARE(v.lines.front().stopReason, QStringLiteral("progression"));
    // The stop after the assessment is what changed since the plan.
    QVERIFY2(assessed < QDate(2026, 11, 25), "the vignette's assessment date moved");
    QCOMPARE(v.changes.size(), 1);
    QVERIFY2(v.changes.front().contains(QStringLiteral("stopped")), qPrintable(v.changes.front()));
    QStringList texts{v.heading(), v.question};
    texts << v.changes;
    for (const BoardCaseView::Line& l : v.lines)
        texts << l.therapy << l.name << l.stopReason << l.bestResponse;
    for (const BoardCaseView::MarkerSeries& s : v.markers)
        texts << s.label << s.test;
    const QString all = texts.join(u'\n');
    for (const QString& id : BoardFixture::identifiers())
        QVERIFY2(!all.contains(id), qPrintable(id));
}

QTEST_MAIN(TestBoard)
#include "tst_board.moc"

#include "ui/board/BoardDialog.h"

#include "core/board/BoardView.h"
#include "core/i18n/Language.h"
#include "core/registry/Registry.h"
#include "core/report/BoardSummary.h"
#include "ui/board/PresentationWindow.h"
#include "ui/report/ReportDialog.h"
#include "ui/report/ReportRenderer.h"
#include "ui/settings/Settings.h"

#include <QCoreApplication>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

namespace netdesk {

BoardDialog::BoardDialog(Registry& registry, Settings& settings, const QDate& today, const QString& currentRecord,
                         QWidget* parent)
    : QDialog(parent)
    , m_registry(registry)
    , m_settings(settings)
    , m_today(today)
    , m_record(currentRecord)
{
    setObjectName(QStringLiteral("boardDialog"));
    setWindowTitle(tr("Tumour board meetings"));
    m_meetings = new QListWidget(this);
    m_meetings->setObjectName(QStringLiteral("meetingList"));
    m_meetings->setAccessibleName(tr("Meetings"));
    m_attendees = new QLabel(this);
    m_attendees->setObjectName(QStringLiteral("attendees"));
    m_attendees->setWordWrap(true);
    m_attendees->setTextFormat(Qt::RichText);
    m_agenda = new QTableWidget(0, 5, this);
    m_agenda->setObjectName(QStringLiteral("agenda"));
    m_agenda->setAccessibleName(tr("Agenda"));
    m_agenda->setHorizontalHeaderLabels(
        {tr("#"), tr("Patient"), tr("Status"), tr("Decision"), tr("Question for the board (double-click to edit)")});
    m_agenda->verticalHeader()->hide();
    m_agenda->horizontalHeader()->setStretchLastSection(true);
    m_agenda->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_agenda->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                              QAbstractItemView::AnyKeyPressed);
    connect(m_agenda, &QTableWidget::itemChanged, this, &BoardDialog::questionEdited);
    m_question = new QLineEdit(this);
    m_question->setObjectName(QStringLiteral("newQuestion"));
    m_question->setAccessibleName(tr("Question for the board"));
    m_question->setPlaceholderText(tr("Question for the board (optional), e.g. start PRRT or continue SSA?"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("boardMessage"));
    m_message->setWordWrap(true);

    auto* create = new QPushButton(tr("&New meeting…"), this);
    m_add = new QPushButton(currentRecord.isEmpty() ? tr("&Add the current patient") : tr("&Add %1").arg(currentRecord),
                            this);
    m_add->setObjectName(QStringLiteral("addCurrent"));
    m_add->setEnabled(!currentRecord.isEmpty());
    auto* presentButton = new QPushButton(tr("&Present (full screen)"), this);
    presentButton->setObjectName(QStringLiteral("present"));
    m_close = new QPushButton(tr("C&lose meeting…"), this);
    auto* summaryButton = new QPushButton(tr("&Summary PDF…"), this);
    auto* anonymousButton = new QPushButton(tr("Anon&ymous summary PDF…"), this);
    auto* printButton = new QPushButton(tr("Print s&ummary…"), this);
    printButton->setObjectName(QStringLiteral("printSummary"));
    connect(create, &QPushButton::clicked, this, &BoardDialog::createMeeting);
    connect(m_add, &QPushButton::clicked, this, &BoardDialog::addCurrent);
    connect(presentButton, &QPushButton::clicked, this, [this] { present(true); });
    connect(m_close, &QPushButton::clicked, this, &BoardDialog::closeMeeting);
    connect(summaryButton, &QPushButton::clicked, this, [this] { summary(false); });
    connect(anonymousButton, &QPushButton::clicked, this, [this] { summary(true); });
    connect(printButton, &QPushButton::clicked, this, &BoardDialog::printSummary);
    connect(m_meetings, &QListWidget::currentRowChanged, this, &BoardDialog::showAgenda);

    auto* buttons = new QVBoxLayout;
    for (QPushButton* b : {create, m_add, presentButton, m_close, summaryButton, anonymousButton, printButton})
        buttons->addWidget(b);
    buttons->addStretch(1);
    auto* top = new QHBoxLayout;
    auto* left = new QVBoxLayout;
    left->addWidget(m_meetings, 1);
    left->addWidget(m_attendees);
    left->addWidget(m_agenda, 2);
    auto* questionRow = new QHBoxLayout;
    auto* questionLabel = new QLabel(tr("&Question for the board:"), this);
    questionLabel->setBuddy(m_question);
    questionRow->addWidget(questionLabel);
    questionRow->addWidget(m_question, 1);
    left->addLayout(questionRow);
    top->addLayout(left, 1);
    top->addLayout(buttons);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addWidget(m_message);
    layout->addWidget(close);
    resize(1000, 620);
    refresh();
}

void BoardDialog::say(const QString& text)
{
    m_message->setStyleSheet(QString());
    m_message->setText(text);
}

// The agenda of the selected meeting: place, record number, decision and the question, which stays
// editable while the meeting is open.
void BoardDialog::showAgenda()
{
    const QSignalBlocker block(m_agenda);
    m_agenda->setRowCount(0);
    m_attendees->clear();
    const auto m = m_registry.board().meeting(selectedMeeting());
    if (!m.ok())
        return;
    const bool open = m.value().status == QLatin1String("open");
    QStringList people;
    for (const BoardAttendee& a : m.value().attendees)
        people << QStringLiteral("%1 (%2)").arg(a.name.toHtmlEscaped(), a.role.toHtmlEscaped());
    m_attendees->setText(QStringLiteral("<b>%1</b> %2").arg(tr("Attendees:"), people.join(QStringLiteral(", "))));
    m_agenda->setRowCount(static_cast<int>(m.value().cases.size()));
    int row = 0;
    for (const BoardCase& c : m.value().cases) {
        const QStringList cells{QString::number(c.position), c.recordNumber,
                                c.status == QLatin1String("discussed")  ? tr("discussed")
                                : c.status == QLatin1String("deferred") ? tr("deferred")
                                                                        : tr("not decided yet"),
                                c.decision, c.question};
        for (int col = 0; col < cells.size(); ++col) {
            auto* item = new QTableWidgetItem(cells.at(col));
            Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
            if (col == 4 && open)
                flags |= Qt::ItemIsEditable;
            item->setFlags(flags);
            item->setData(Qt::UserRole, c.position);
            if (col == 4)
                item->setToolTip(open ? tr("Double-click or type to change the question") : QString());
            m_agenda->setItem(row, col, item);
        }
        ++row;
    }
    m_agenda->resizeColumnsToContents();
    m_close->setEnabled(open);
    m_add->setEnabled(!m_record.isEmpty() && open);
}

void BoardDialog::questionEdited(QTableWidgetItem* item)
{
    if (!item || item->column() != 4)
        return;
    const int position = item->data(Qt::UserRole).toInt();
    const auto saved = m_registry.board().setQuestion(selectedMeeting(), position, item->text());
    if (!saved.ok()) {
        const QString why = saved.messages().join(u'\n');
        showAgenda(); // the stored question again
        refuse(tr("The question was not saved: %1").arg(why));
        return;
    }
    say(tr("Question of case %1 saved.").arg(position));
}

// A refusal stands out: the registry's reason, in bold on a light red band.
void BoardDialog::refuse(const QString& text)
{
    m_message->setStyleSheet(QStringLiteral("QLabel { background: #fde2e2; color: #8b0000; font-weight: bold;"
                                            " padding: 6px; }"));
    m_message->setText(text);
}

QString BoardDialog::lastMessage() const
{
    return m_message->text();
}

qint64 BoardDialog::selectedMeeting() const
{
    const QListWidgetItem* item = m_meetings->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void BoardDialog::selectMeeting(qint64 id)
{
    for (int i = 0; i < m_meetings->count(); ++i) {
        if (m_meetings->item(i)->data(Qt::UserRole).toLongLong() == id)
            m_meetings->setCurrentRow(i);
    }
}

void BoardDialog::refresh()
{
    const qint64 keep = selectedMeeting();
    m_meetings->clear();
    const auto all = m_registry.board().meetings();
    if (!all.ok()) {
        say(all.messages().join(u'\n'));
        return;
    }
    for (const BoardMeeting& m : all.value()) {
        auto* item = new QListWidgetItem(tr("%1 · %2 · %3 · %n case(s)", nullptr, static_cast<int>(m.cases.size()))
                                             .arg(m.date.toString(Qt::ISODate), m.title,
                                                  m.status == QLatin1String("open") ? tr("open") : tr("closed")),
                                         m_meetings);
        item->setData(Qt::UserRole, m.id);
    }
    if (keep)
        selectMeeting(keep);
    else if (m_meetings->count() > 0)
        m_meetings->setCurrentRow(0);
}

void BoardDialog::createMeeting()
{
    QDialog form(this);
    form.setWindowTitle(tr("New tumour board meeting"));
    auto* date = new QDateEdit(m_today, &form);
    date->setCalendarPopup(true);
    date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    auto* title = new QLineEdit(tr("NET tumour board"), &form);
    auto* attendees = new QPlainTextEdit(&form);
    attendees->setPlaceholderText(tr("One per line: name: role, e.g.\nA. Weber: medical oncology"));
    attendees->setTabChangesFocus(true);
    auto* error = new QLabel(&form);
    error->setWordWrap(true);
    auto* layout = new QFormLayout(&form);
    layout->addRow(tr("&Date:"), date);
    layout->addRow(tr("&Title:"), title);
    layout->addRow(tr("&Attendees:"), attendees);
    layout->addRow(error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &form);
    layout->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &form, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &form, [&] {
        QList<BoardAttendee> people;
        for (const QString& line : attendees->toPlainText().split(u'\n', Qt::SkipEmptyParts))
            people.append({line.section(u':', 0, 0).trimmed(), line.section(u':', 1).trimmed()});
        const auto made = m_registry.board().create(date->date(), title->text(), people);
        if (!made.ok()) {
            error->setText(made.messages().join(u'\n'));
            return;
        }
        refresh();
        selectMeeting(made.value().id);
        say(tr("Meeting %1 created.").arg(made.value().id));
        form.accept();
    });
    form.exec();
}

void BoardDialog::addCurrent()
{
    const auto added = m_registry.board().add(selectedMeeting(), m_record, m_question->text());
    if (!added.ok()) {
        refuse(tr("%1 was not added to the agenda: %2").arg(m_record, added.messages().join(u'\n')));
        return;
    }
    m_question->clear();
    refresh();
    showAgenda();
    say(tr("%1 is case %2 of the agenda.").arg(m_record).arg(added.value().cases.size()));
}

void BoardDialog::closeMeeting()
{
    if (QMessageBox::question(this, tr("Close meeting"),
                              tr("Close the meeting? Its decisions can no longer change afterwards.")) !=
        QMessageBox::Yes)
        return;
    const auto closed = m_registry.board().close(selectedMeeting());
    say(closed.ok() ? tr("Meeting closed.") : closed.messages().join(u'\n'));
    refresh();
}

PresentationWindow* BoardDialog::present(bool fullScreen)
{
    const qint64 id = selectedMeeting();
    const auto m = m_registry.board().meeting(id);
    if (!m.ok()) {
        say(m.messages().join(u'\n'));
        return nullptr;
    }
    Registry& registry = m_registry;
    const auto reload = [&registry, id]() -> Result<QList<BoardCaseView>> {
        const auto meeting = registry.board().meeting(id);
        if (!meeting.ok())
            return meeting.problems();
        // The course too (plan age, changes, lines, markers, imaging), worded in the screen's language.
        return anonymousAgenda(registry, meeting.value(), installedLanguage(*QCoreApplication::instance()));
    };
    const auto save = [&registry, id](int position, const QString& status, const QString& text,
                                      const QStringList& chosen, const QStringList& startLines) -> Status {
        const auto r = registry.board().decideAt(id, position, status, text, chosen, startLines);
        if (!r.ok())
            return r.problems();
        return Done{};
    };
    const auto views = reload();
    if (!views.ok()) {
        say(views.messages().join(u'\n'));
        return nullptr;
    }
    auto* window = new PresentationWindow(views.value(), reload, save, m.value().status == QLatin1String("closed"));
    window->setAttribute(Qt::WA_DeleteOnClose);
    QStringList lineTherapies;
    for (const KbTherapy& t : m_registry.knowledgeBase()->therapies) {
        if (Registry::lineKinds().contains(t.kind))
            lineTherapies << t.code;
    }
    window->setLineTherapies(lineTherapies);
    if (const auto review = m_registry.courseReview(); review.ok())
        window->setCourseWords(review.value(), installedLanguage(*QCoreApplication::instance()));
    // Nothing identifying may show next to or behind the presentation.
    QWidget* main = parentWidget() ? parentWidget()->window() : nullptr;
    hide();
    if (main)
        main->hide();
    connect(window, &QObject::destroyed, this, [this, main] {
        if (main)
            main->show();
        show();
        refresh();
    });
    if (fullScreen) {
        // The whole screen, also where no window manager applies the full-screen state.
        if (const QScreen* screen = this->screen())
            window->setGeometry(screen->geometry());
        window->showFullScreen();
    }
    else
        window->show();
    window->activateWindow();
    return window;
}

void BoardDialog::printSummary()
{
    const auto m = m_registry.board().meeting(selectedMeeting());
    if (!m.ok()) {
        say(m.messages().join(u'\n'));
        return;
    }
    const bool anonymous = QMessageBox::question(this, tr("Print summary"),
                                                 tr("Print the anonymous version (case numbers, sex and age bands "
                                                    "only)? No prints the identified version."),
                                                 QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes) ==
                           QMessageBox::Yes;
    const auto doc = buildBoardSummary(m_registry.database(), m.value(), anonymous,
                                       m_settings.text(Settings::Key::ClinicName), m_today);
    if (!doc.ok()) {
        say(doc.messages().join(u'\n'));
        return;
    }
    previewReport(doc.value(), this); // the preview's own Print button sends it to the printer
}

void BoardDialog::summary(bool anonymous)
{
    const auto m = m_registry.board().meeting(selectedMeeting());
    if (!m.ok()) {
        say(m.messages().join(u'\n'));
        return;
    }
    const QString suggested = QDir::home().filePath(QStringLiteral("board-%1-%2%3.pdf")
                                                        .arg(m.value().date.toString(Qt::ISODate))
                                                        .arg(m.value().id)
                                                        .arg(anonymous ? QStringLiteral("-anonymous") : QString()));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save summary PDF"), suggested, tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    const auto doc = buildBoardSummary(m_registry.database(), m.value(), anonymous,
                                       m_settings.text(Settings::Key::ClinicName), m_today);
    if (!doc.ok()) {
        say(doc.messages().join(u'\n'));
        return;
    }
    const auto pages = writeReportPdf(doc.value(), path);
    say(pages.ok() ? tr("Saved %1 (%n page(s)).", nullptr, pages.value()).arg(path) : pages.messages().join(u'\n'));
}

} // namespace netdesk

#pragma once

#include "core/Result.h"
#include "core/board/BoardView.h"

#include <QHash>
#include <QWidget>

#include <functional>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace netdesk {

// Tumour-board presentation: full screen, high contrast, large type, one case per screen. It is fed
// anonymous case views only (BoardCaseView holds no identifier), so nothing on it can name a patient:
// "Case 3 · F · 60–64", never a name, record number or birth date, no patient list, no recent list,
// and a window title without identity. Right / Page Down: next case; Left / Page Up: previous; Esc:
// leave. The decision panel records the board's decision without leaving the mode.
class PresentationWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PresentationWindow)

public:
    using Reload = std::function<Result<QList<BoardCaseView>>()>;
    // position (1-based), status (discussed | deferred), decision text, chosen therapy codes
    using Save = std::function<Status(int, const QString&, const QString&, const QStringList&)>;

    PresentationWindow(const QList<BoardCaseView>& cases, Reload reload, Save save, bool readOnly,
                       QWidget* parent = nullptr);

    int currentCase() const { return m_index + 1; }
    void showCase(int index);
    void next();
    void previous();
    // Records the decision for the case on screen; false (with the reason shown) when refused.
    bool record(const QString& status);

    // Unrecorded edits (text or ticks) of cases not yet recorded, by case number.
    int unsavedDrafts() const;

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Draft
    {
        QString text;
        QStringList chosen;
    };
    void keepDraft();
    Draft panelState() const;

    QList<BoardCaseView> m_cases;
    QHash<int, Draft> m_drafts; // case number -> what is typed and ticked but not recorded
    Reload m_reload;
    Save m_save;
    bool m_readOnly = false;
    int m_index = 0;
    QLabel* m_heading = nullptr;
    QLabel* m_disease = nullptr;
    QLabel* m_plan = nullptr;
    QListWidget* m_chosen = nullptr;
    QPlainTextEdit* m_decision = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_discussed = nullptr;
    QPushButton* m_deferred = nullptr;
};

} // namespace netdesk

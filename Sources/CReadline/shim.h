#ifndef MARCOACH_CREADLINE_SHIM_H
#define MARCOACH_CREADLINE_SHIM_H

// GNU readline, wrapped for Swift 6.
//
// Swift 6 rejects reading or assigning readline's mutable C globals (they are shared mutable
// state), so every global MARCoach touches is reached through a `static inline` accessor here.
// Only `LineEditor` (MARTrainer) calls these.

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <signal.h>
#include <pthread.h>
#include <unistd.h>
#include <readline/readline.h>
#include <readline/history.h>

/// TAB completion: readline calls `f(text, start, end)`; `f` returns a malloc'ed, NULL-terminated
/// array (first element the common replacement) or NULL.
static inline void mc_set_attempted_completion(rl_completion_func_t *f) {
    rl_attempted_completion_function = f;
}

/// Stops readline from falling back to file-name completion when `f` found nothing.
static inline void mc_set_attempted_completion_over(int over) {
    rl_attempted_completion_over = over;
}

/// Characters that end a word for completion (space and tab only: codes, ids and rule ids keep `-`).
static inline void mc_set_word_break_characters(void) {
    rl_basic_word_break_characters = " \t";
    rl_completer_word_break_characters = " \t";
}

/// The whole line being edited (for completion by position).
static inline const char *mc_line_buffer(void) { return rl_line_buffer; }

/// The application name readline uses to pick `$if` sections of ~/.inputrc.
static inline void mc_set_readline_name(const char *name) { rl_readline_name = name; }

// MARK: Ctrl-C

/// 1 while `mc_readline` waits for a line (set and read only here and in the handler).
static volatile sig_atomic_t mc_reading_line = 0;

/// SIGINT while editing: abandon the current line, start a fresh prompt, keep the session.
/// (The usual readline idiom; readline's own state is only touched while it is reading.)
static void mc_sigint_handler(int sig) {
    (void)sig;
    if (write(STDOUT_FILENO, "\n", 1) < 0) { /* nothing to do */ }
    if (mc_reading_line) {
        rl_free_line_state();
        rl_on_new_line();
        rl_replace_line("", 0);
        rl_redisplay();
    }
}

/// Installs the Ctrl-C handler and tells readline not to install its own signal handlers.
/// SA_RESTART keeps readline's `read` going after the handler returns.
static inline void mc_install_sigint_handler(void) {
    rl_catch_signals = 0;
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = mc_sigint_handler;
    sa.sa_flags = SA_RESTART;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, NULL);
    // A parent may have started us with SIGINT blocked; Ctrl-C must still reach the handler.
    sigset_t interrupt;
    sigemptyset(&interrupt);
    sigaddset(&interrupt, SIGINT);
    pthread_sigmask(SIG_UNBLOCK, &interrupt, NULL);
}

/// Restores the default SIGINT disposition.
static inline void mc_restore_sigint_handler(void) {
    signal(SIGINT, SIG_DFL);
}

/// `readline(prompt)` with the Ctrl-C flag raised while it waits. The result is malloc'ed (free it).
static inline char *mc_readline(const char *prompt) {
    mc_reading_line = 1;
    char *line = readline(prompt);
    mc_reading_line = 0;
    return line;
}

// MARK: While waiting for a key (the exam clock)

/// Called about every `usec` microseconds while readline waits for input (NULL: never).
static inline void mc_set_event_hook(rl_hook_func_t *f, int usec) {
    rl_event_hook = f;
    rl_set_keyboard_input_timeout(usec);
}

/// Replaces the prompt of the line being edited and redraws it, keeping what was typed.
static inline void mc_update_prompt(const char *prompt) {
    FILE *out = rl_outstream ? rl_outstream : stdout;
    rl_set_prompt(prompt);
    // rl_forced_update_display assumes the cursor is at the start of the line: put it there.
    fputs("\r\033[K", out);
    fflush(out);
    rl_forced_update_display();
}

/// Sets the prompt without redrawing (the next redisplay shows it).
static inline void mc_set_prompt_only(const char *prompt) { rl_set_prompt(prompt); }

/// Prints `text` on its own line above the line being edited, then redraws prompt and line.
static inline void mc_print_above(const char *text) {
    FILE *out = rl_outstream ? rl_outstream : stdout;
    fprintf(out, "\r\033[K%s\n", text);
    fflush(out);
    rl_on_new_line();
    rl_redisplay();
}

/// Ends the line being edited as if Enter were pressed (readline returns what was typed).
static inline void mc_finish_line(void) { rl_done = 1; }

#endif

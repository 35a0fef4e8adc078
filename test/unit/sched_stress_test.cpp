// test/unit/sched_stress_test.cpp: stress tests of the goroutine runtime driven from C++:
// the scheduler (go, park/ready, yield, GOMAXPROCS), channels and select, semaphores and
// notify lists (package sync's primitives) and the timer heap, with Boehm collections while
// goroutines are parked. No JIT: a goroutine is a csp_closure whose function is C++.
//
// Every test runs one program in a child process (csp_rt_run_main starts worker threads and
// keeps process-wide state) with 4 workers on however many CPUs there are. Shared state is
// plain, non-atomic memory handed over only through the runtime (channel hand-offs, semaphore
// hand-offs, wake-ups), so under ThreadSanitizer (tools/test.sh --sanitize=thread) each test
// also checks that the runtime orders what it claims to order: any report makes the child
// exit 66 and the test fail with the report. Sizes shrink under a sanitizer.
//
// Checks inside a child go through CHECK (message on stderr, exit 3); the parent asserts exit
// status 0 and shows the child's stderr otherwise. A child that hangs is killed by SIGALRM.
#define GC_THREADS
#include <gc/gc.h>

#include "runtime/csp_rt.h"
#include "runtime/sched/gil.h"
#include "runtime/sched/sanitizer.h"
#include "runtime/sched/sched.h"
#include "runtime/sched/sema.h"

#include <gtest/gtest.h>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <map>
#include <new>
#include <spawn.h>
#include <string>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

extern char** environ;

// Package time's and package runtime's entry points (stdlib/time/time.cpp,
// stdlib/runtime/runtime.cpp).
extern "C" {
void csp_time_Sleep(int64_t d);
uint64_t csp_time_startTimer(int64_t when, int64_t period, void* f);
bool csp_time_stopTimer(uint64_t r);
bool csp_time_resetTimer(uint64_t r, int64_t when, int64_t period);
int64_t csp_time_runtimeNano(void);
void csp_runtime_Gosched(void);
int64_t csp_runtime_GOMAXPROCS(int64_t n);
int64_t csp_runtime_NumGoroutine(void);
}

namespace {

#if defined(CSP_TSAN) || defined(CSP_ASAN)
constexpr int kScale = 4;  // instrumented runtime code is several times slower
#else
constexpr int kScale = 1;
#endif

constexpr int kProcs = 4;

// ---- the child process ------------------------------------------------------------------

#define CHECK(cond)                                                                         \
  do {                                                                                      \
    if (!(cond)) fail(__FILE__, __LINE__, #cond);                                           \
  } while (0)

[[noreturn]] void fail(const char* file, int line, const char* what) {
  char buf[512];
  int n = snprintf(buf, sizeof buf, "%s:%d: CHECK failed: %s\n", file, line, what);
  (void)!write(2, buf, static_cast<size_t>(n));
  _exit(3);
}

struct ChildResult {
  int status = -1;  // exit code, or 128 + signal
  std::string err;
};

using MainFn = void (*)(csp_g*);

// A child is a fresh run of this binary (fork and exec, not a bare fork: the test process
// already has threads, Boehm's markers among them, and ThreadSanitizer does not support
// starting threads after forking a multi-threaded process). CSP_SCHED_STRESS_CHILD names the
// program; ChildEntry, a GoogleTest environment, runs it before any test and exits.
constexpr const char* kChildVar = "CSP_SCHED_STRESS_CHILD";

std::map<std::string, MainFn>& programs() {
  static std::map<std::string, MainFn> m;
  return m;
}

// Programs that run under the GIL (csp run --gil), with their switch interval in ns.
std::map<std::string, int64_t>& gil_programs() {
  static std::map<std::string, int64_t> m;
  return m;
}

struct ChildEntry : testing::Environment {
  void SetUp() override {
    const char* name = getenv(kChildVar);
    if (name == nullptr) return;
    auto it = programs().find(name);
    if (it == programs().end()) fail(__FILE__, __LINE__, "unknown program");
    alarm(600);  // a hang fails the test instead of the whole run
    csp_rt_init(0, nullptr);
    csp_rt_set_procs(kProcs);
    if (auto gil = gil_programs().find(name); gil != gil_programs().end()) csp_rt_set_gil(true, gil->second);
    csp_rt_run_main(it->second);
    csp_os_exit(0);
  }
};
const auto* g_child_entry = testing::AddGlobalTestEnvironment(new ChildEntry);

// Runs the registered program `name` as goroutine 1 of a fresh runtime in a child process;
// `test` is the GoogleTest name to select there (an environment's SetUp runs only when some
// test is selected).
ChildResult run_program(const std::string& name, const std::string& test) {
  int pe[2];
  if (pipe(pe) != 0) return {};
  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  posix_spawn_file_actions_adddup2(&fa, pe[1], 2);
  posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addclose(&fa, pe[0]);
  posix_spawn_file_actions_addclose(&fa, pe[1]);
  std::string filter = "--gtest_filter=" + test;
  std::string self = "/proc/self/exe";
  char* argv[] = {self.data(), filter.data(), nullptr};
  std::vector<std::string> env_strings;
  for (char** e = environ; *e; e++)
    if (strncmp(*e, kChildVar, strlen(kChildVar)) != 0) env_strings.emplace_back(*e);
  env_strings.push_back(std::string(kChildVar) + "=" + name);
  std::vector<char*> envp;
  for (auto& e : env_strings) envp.push_back(e.data());
  envp.push_back(nullptr);
  pid_t pid = -1;
  int rc = posix_spawn(&pid, self.c_str(), &fa, nullptr, argv, envp.data());
  posix_spawn_file_actions_destroy(&fa);
  close(pe[1]);
  ChildResult r;
  if (rc != 0) {
    close(pe[0]);
    r.err = "posix_spawn failed";
    return r;
  }
  char buf[4096];
  ssize_t n;
  while ((n = read(pe[0], buf, sizeof buf)) > 0) r.err.append(buf, static_cast<size_t>(n));
  close(pe[0]);
  int st = 0;
  waitpid(pid, &st, 0);
  r.status = WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
  return r;
}

// Defines the test SchedStress.name, which runs main_fn in a child.
#define PROGRAM_TEST(name, main_fn)                                                         \
  const bool registered_##name = (programs()[#name] = main_fn, true);                       \
  TEST(SchedStress, name) {                                                                 \
    ChildResult r = run_program(#name, "SchedStress." #name);                               \
    EXPECT_EQ(r.status, 0) << r.err;                                                        \
  }

// ---- goroutines from C++ ----------------------------------------------------------------

// A go statement's closure: the function the runtime calls, then the C++ callable. The
// record is uncollectable Boehm memory, so what the callable captures (channels, GC objects)
// stays reachable until the goroutine has copied it onto its own stack, which Boehm scans.
template <class F>
struct Task {
  void* fn;
  F f;
};

template <class F, bool kOnce>
void task_entry(csp_g* g, csp_closure* c) {
  auto* t = reinterpret_cast<Task<F>*>(c);
  F f = t->f;
  if constexpr (kOnce) {
    t->~Task();
    GC_FREE(t);
  }
  f(g);
}

// A closure run by one goroutine (freed when it starts), or, kOnce false, by any number
// (a ticker's; never freed).
template <bool kOnce = true, class F>
csp_closure* closure(F f) {
  void* mem = GC_MALLOC_UNCOLLECTABLE(sizeof(Task<F>));
  auto* t = new (mem) Task<F>{reinterpret_cast<void*>(&task_entry<F, kOnce>), f};
  return reinterpret_cast<csp_closure*>(t);
}

template <class F>
void spawn(csp_g* g, F f) {
  csp_go(g, closure(f));
}

// Channel element types: int64 (no pointers, atomic buffer) and a pointer.
const csp_type kInt64{CSP_KIND_INT64, CSP_TF_COMPARABLE | CSP_TF_DIRECT, 8, "int64", nullptr, nullptr, 0,
                      nullptr, nullptr, 0, 0, 8, 0};
const csp_type kPtr{CSP_KIND_UNSAFE_POINTER, CSP_TF_POINTERS | CSP_TF_COMPARABLE | CSP_TF_DIRECT, 8,
                    "unsafe.Pointer", nullptr, nullptr, 0, nullptr, nullptr, 0, 0, 8, 0};

void* make_chan(const csp_type* t, int64_t cap) { return csp_chan_make(t, cap); }

void send_int(csp_g* g, void* c, int64_t v) { csp_chan_send(g, c, &v); }

int64_t recv_int(csp_g* g, void* c, bool* ok = nullptr) {
  int64_t v = -1;
  bool got = csp_chan_recv(g, c, &v);
  if (ok) *ok = got;
  return v;
}

// A sync.WaitGroup over the runtime's semaphore: wait() returns once done() was called n
// times (one waiter).
struct WaitGroup {
  std::atomic<int64_t> left;
  uint32_t sema = 0;
  explicit WaitGroup(int64_t n) : left(n) {}
  void done() {
    if (left.fetch_sub(1) == 1) csp::rt::semrelease(&sema);
  }
  void wait() { csp::rt::semacquire(&sema, csp::rt::WaitReason::SyncWaitGroupWait); }
};

// A lock: a semaphore with one permit (Go's sync.Mutex slow path, without the fast path).
struct SemaLock {
  uint32_t sema = 1;
  void lock() { csp::rt::semacquire(&sema, csp::rt::WaitReason::SyncMutexLock); }
  void unlock() { csp::rt::semrelease(&sema); }
};

// Objects shared by a test's goroutines live in uncollectable Boehm memory: scanned, never
// collected, zeroed.
template <class T, class... Args>
T* shared(Args... args) {
  return new (GC_MALLOC_UNCOLLECTABLE(sizeof(T))) T(args...);
}

uint64_t mix(uint64_t x) {
  x ^= x >> 33;
  x *= 0xff51afd7ed558ccdull;
  x ^= x >> 33;
  return x;
}

// ---- channels -----------------------------------------------------------------------------

// n goroutines in a ring of unbuffered channels; tokens enter at the head, each hop adds one.
void ring_main(csp_g* g) {
  const int n = 200, tokens = 8000 / kScale;
  void** chans = static_cast<void**>(GC_MALLOC_UNCOLLECTABLE(sizeof(void*) * (n + 1)));
  for (int i = 0; i <= n; i++) chans[i] = make_chan(&kInt64, 0);
  for (int i = 0; i < n; i++) {
    void* in = chans[i];
    void* out = chans[i + 1];
    spawn(g, [in, out](csp_g* g) {
      for (;;) {
        bool ok;
        int64_t v = recv_int(g, in, &ok);
        if (!ok) break;
        send_int(g, out, v + 1);
      }
      csp_chan_close(g, out);
    });
  }
  void* head = chans[0];
  spawn(g, [head](csp_g* g) {
    for (int t = 0; t < tokens; t++) send_int(g, head, t);
    csp_chan_close(g, head);
  });
  int64_t sum = 0, count = 0;
  for (;;) {
    bool ok;
    int64_t v = recv_int(g, chans[n], &ok);
    if (!ok) break;
    sum += v;
    count++;
  }
  CHECK(count == tokens);
  CHECK(sum == int64_t{tokens} * (tokens - 1) / 2 + int64_t{tokens} * n);
}

PROGRAM_TEST(ChannelRing, ring_main)

// Producers hand plain (non-atomic) records to consumers through a small buffered channel of
// pointers: the consumer must see every field the producer wrote before the send.
struct Record {
  int64_t producer, seq, check;
  int64_t seen_by;  // written by the consumer that took it
};

struct FanState {
  void* records;  // chan *Record, capacity 8
  void* done;     // chan int64: each consumer's sum
  WaitGroup producers{0};
  int64_t per_consumer[16];
};

void fan_main(csp_g* g) {
  const int producers = 8, consumers = 4, per = 16000 / kScale;
  auto* st = shared<FanState>();
  st->records = make_chan(&kPtr, 8);
  st->done = make_chan(&kInt64, 0);
  st->producers.left = producers;
  for (int p = 0; p < producers; p++) {
    spawn(g, [st, p](csp_g* g) {
      for (int i = 0; i < per; i++) {
        auto* r = static_cast<Record*>(GC_MALLOC(sizeof(Record)));
        r->producer = p;
        r->seq = i;
        r->check = static_cast<int64_t>(mix(static_cast<uint64_t>(p) << 32 | static_cast<uint64_t>(i)));
        r->seen_by = -1;
        csp_chan_send(g, st->records, &r);
        if (i % 64 == 0) csp_runtime_Gosched();
      }
      st->producers.done();
    });
  }
  for (int c = 0; c < consumers; c++) {
    spawn(g, [st, c](csp_g* g) {
      int64_t sum = 0, count = 0;
      for (;;) {
        Record* r = nullptr;
        if (!csp_chan_recv(g, st->records, &r)) break;
        CHECK(r != nullptr && r->seen_by == -1);
        CHECK(r->check == static_cast<int64_t>(mix(static_cast<uint64_t>(r->producer) << 32 |
                                                  static_cast<uint64_t>(r->seq))));
        r->seen_by = c;
        sum += r->seq;
        count++;
      }
      st->per_consumer[c] = count;  // read by main after the done hand-off
      send_int(g, st->done, sum);
    });
  }
  st->producers.wait();
  csp_chan_close(g, st->records);
  int64_t sum = 0, count = 0;
  for (int c = 0; c < consumers; c++) sum += recv_int(g, st->done);
  for (int c = 0; c < consumers; c++) count += st->per_consumer[c];
  CHECK(count == int64_t{producers} * per);
  CHECK(sum == int64_t{producers} * per * (per - 1) / 2);
}

PROGRAM_TEST(BufferedFanInFanOut, fan_main)

// Producers send through select over every channel (whichever is ready), consumers receive
// through select over every channel; each value must arrive exactly once.
constexpr int kSelectChans = 4;

struct SelectState {
  void* chans[kSelectChans];
  WaitGroup producers{0};
  WaitGroup consumers{0};
  uint8_t* seen;  // one byte per value, written by the consumer that received it
};

void select_main(csp_g* g) {
  const int producers = 16, consumers = 6, per = 8000 / kScale;
  constexpr int nch = kSelectChans;
  const int64_t total = int64_t{producers} * per;
  auto* st = shared<SelectState>();
  for (auto& c : st->chans) c = make_chan(&kInt64, 0);
  st->chans[1] = make_chan(&kInt64, 4);  // mixed: one buffered channel
  st->seen = static_cast<uint8_t*>(GC_MALLOC_ATOMIC_UNCOLLECTABLE(static_cast<size_t>(total)));
  std::memset(st->seen, 0, static_cast<size_t>(total));
  st->producers.left = producers;
  st->consumers.left = consumers;
  for (int p = 0; p < producers; p++) {
    spawn(g, [st, p](csp_g* g) {
      for (int i = 0; i < per; i++) {
        int64_t v = int64_t{p} * per + i;
        csp_scase cases[nch];
        for (int k = 0; k < nch; k++) cases[k] = csp_scase{st->chans[k], &v, CSP_SELECT_SEND, 0};
        int64_t won = csp_select(g, cases, nch, false);
        CHECK(won >= 0 && won < nch);
      }
      st->producers.done();
    });
  }
  for (int c = 0; c < consumers; c++) {
    spawn(g, [st](csp_g* g) {
      for (;;) {
        int64_t v[nch];
        csp_scase cases[nch];
        for (int k = 0; k < nch; k++) cases[k] = csp_scase{st->chans[k], &v[k], CSP_SELECT_RECV, 0};
        int64_t won = csp_select(g, cases, nch, false);
        CHECK(won >= 0 && won < nch);
        if (!cases[won].ok) continue;  // closed (every channel is closed at the end)
        int64_t x = v[won];
        if (x < 0) break;  // the stop value
        CHECK(x < total && st->seen[x] == 0);
        st->seen[x] = 1;
      }
      st->consumers.done();
    });
  }
  st->producers.wait();
  for (int c = 0; c < consumers; c++) send_int(g, st->chans[0], -1);
  st->consumers.wait();
  // A consumer may take its stop value while values still sit in the buffered channel.
  while (csp_chan_len(st->chans[1]) > 0) {
    int64_t x = recv_int(g, st->chans[1]);
    CHECK(x >= 0 && x < total && st->seen[x] == 0);
    st->seen[x] = 1;
  }
  for (int64_t i = 0; i < total; i++) CHECK(st->seen[i] == 1);
}

PROGRAM_TEST(SelectStorm, select_main)

// Receivers parked on a channel, directly or in a select with a second channel that never
// fires, all wake when it is closed, with ok == false; again and again.
struct CloseState {
  void* c;
  void* never;
  void* results;  // chan int64: 1 per receiver woken by the close
  std::atomic<int64_t> started{0};
};

void close_main(csp_g* g) {
  const int rounds = 800 / kScale, plain = 8, selecting = 8;
  auto* st = shared<CloseState>();
  st->never = make_chan(&kInt64, 0);
  st->results = make_chan(&kInt64, plain + selecting);
  for (int round = 0; round < rounds; round++) {
    st->c = make_chan(&kInt64, round % 2);  // unbuffered and buffered in turn
    st->started = 0;
    void* c = st->c;
    for (int i = 0; i < plain; i++)
      spawn(g, [st, c](csp_g* g) {
        st->started++;
        bool ok = true;
        int64_t v = recv_int(g, c, &ok);
        send_int(g, st->results, !ok && v == 0 ? 1 : 0);
      });
    for (int i = 0; i < selecting; i++)
      spawn(g, [st, c](csp_g* g) {
        st->started++;
        int64_t v = 7, w = 7;
        csp_scase cases[2] = {{st->never, &w, CSP_SELECT_RECV, 0}, {c, &v, CSP_SELECT_RECV, 0}};
        int64_t won = csp_select(g, cases, 2, false);
        send_int(g, st->results, won == 1 && !cases[1].ok && v == 0 ? 1 : 0);
      });
    // Let some of them park first (not all need to: close must work either way).
    while (st->started.load() < plain + selecting) csp_runtime_Gosched();
    if (round % 3 == 0) csp_runtime_Gosched();
    csp_chan_close(g, c);
    int64_t good = 0;
    for (int i = 0; i < plain + selecting; i++) good += recv_int(g, st->results);
    CHECK(good == plain + selecting);
  }
}

PROGRAM_TEST(CloseWakesEveryReceiver, close_main)

// ---- semaphores and notify lists (package sync) ---------------------------------------

// A plain counter behind a semaphore lock, with yields inside the critical section so that
// waiters park and are handed the permit.
struct LockState {
  SemaLock mu;
  int64_t counter = 0;      // guarded by mu
  int64_t per_holder[32];   // guarded by mu
  WaitGroup wg{0};
};

void sema_lock_main(csp_g* g) {
  const int goroutines = 32, per = 8000 / kScale;
  auto* st = shared<LockState>();
  st->wg.left = goroutines;
  for (int i = 0; i < goroutines; i++)
    spawn(g, [st, i](csp_g*) {
      for (int k = 0; k < per; k++) {
        st->mu.lock();
        int64_t c = st->counter;
        if (k % 16 == 0) csp_runtime_Gosched();  // others queue on the semaphore meanwhile
        st->counter = c + 1;
        st->per_holder[i]++;
        st->mu.unlock();
      }
      st->wg.done();
    });
  st->wg.wait();
  st->mu.lock();
  CHECK(st->counter == int64_t{goroutines} * per);
  for (int i = 0; i < goroutines; i++) CHECK(st->per_holder[i] == per);
  st->mu.unlock();
}

PROGRAM_TEST(SemaphoreLock, sema_lock_main)

// sync.Cond over a notify list: a bounded queue with one lock, consumers waiting while it is
// empty (Signal per item), a final Broadcast when the producers are done.
struct CondState {
  SemaLock mu;
  uint32_t notify_list[2] = {0, 0};  // sync's notifyList: wait, notify
  int64_t queue[64];                 // guarded by mu
  int64_t head = 0, tail = 0;        // guarded by mu
  bool closed = false;               // guarded by mu
  int64_t consumed_sum = 0;          // guarded by mu
  int64_t consumed = 0;              // guarded by mu
  WaitGroup producers{0};
  WaitGroup consumers{0};

  void wait() {  // mu held; sync.Cond.Wait
    uint32_t t = csp::rt::notify_list_add(notify_list);
    mu.unlock();
    csp::rt::notify_list_wait(notify_list, t);
    mu.lock();
  }
};

void cond_main(csp_g* g) {
  const int producers = 4, consumers = 8, per = 12000 / kScale;
  auto* st = shared<CondState>();
  st->producers.left = producers;
  st->consumers.left = consumers;
  for (int c = 0; c < consumers; c++)
    spawn(g, [st](csp_g*) {
      st->mu.lock();
      for (;;) {
        while (st->head == st->tail && !st->closed) st->wait();
        if (st->head == st->tail) break;  // closed and drained
        st->consumed_sum += st->queue[st->head++ % 64];
        st->consumed++;
      }
      st->mu.unlock();
      st->consumers.done();
    });
  for (int p = 0; p < producers; p++)
    spawn(g, [st](csp_g*) {
      for (int i = 1; i <= per; i++) {
        st->mu.lock();
        while (st->tail - st->head == 64) {  // full: let consumers run
          st->mu.unlock();
          csp_runtime_Gosched();
          st->mu.lock();
        }
        st->queue[st->tail++ % 64] = i;
        st->mu.unlock();
        csp::rt::notify_list_notify_one(st->notify_list);
      }
      st->producers.done();
    });
  st->producers.wait();
  st->mu.lock();
  st->closed = true;
  st->mu.unlock();
  csp::rt::notify_list_notify_all(st->notify_list);
  st->consumers.wait();
  st->mu.lock();
  CHECK(st->consumed == int64_t{producers} * per);
  CHECK(st->consumed_sum == int64_t{producers} * per * (per + 1) / 2);
  st->mu.unlock();
}

PROGRAM_TEST(NotifyListCond, cond_main)

// ---- timers -------------------------------------------------------------------------------

// Many goroutines sleep for short, different times at once; each hands back what it wrote.
struct SleepState {
  void* results;
  int64_t slots[1024];  // slot i written by sleeper i before its send
};

void sleep_main(csp_g* g) {
  const int sleepers = 1024 / kScale, rounds = 3;
  auto* st = shared<SleepState>();
  st->results = make_chan(&kInt64, 16);
  for (int round = 0; round < rounds; round++) {
    for (int i = 0; i < sleepers; i++)
      spawn(g, [st, i, round](csp_g* g) {
        csp_time_Sleep(int64_t{(i * 7919 + round * 104729) % 2000} * 1000);  // up to 2 ms
        if (i % 4 == 0) csp_time_Sleep(1000);
        st->slots[i] = int64_t{round} * 100000 + i;
        send_int(g, st->results, i);
      });
    int64_t mask_sum = 0;
    for (int i = 0; i < sleepers; i++) {
      int64_t k = recv_int(g, st->results);
      CHECK(k >= 0 && k < sleepers);
      CHECK(st->slots[k] == int64_t{round} * 100000 + k);
      mask_sum += k;
    }
    CHECK(mask_sum == int64_t{sleepers} * (sleepers - 1) / 2);
  }
}

PROGRAM_TEST(ManySleepers, sleep_main)

// time.AfterFunc's machinery: timers whose callback starts a goroutine, stopped and reset
// while the heap fires them. Each timer's function runs exactly once unless a Stop returned
// true (Go's rule: Stop's result says whether it prevented the call); one stopped and then
// reset runs once, later.
struct TimerState {
  void* fired;  // chan int64: the timer's index, from its function
  uint64_t timers[1024];
  bool stopped[1024];  // main's own
};

void timer_main(csp_g* g) {
  const int n = 1024 / kScale, rounds = 8;
  auto* st = shared<TimerState>();
  st->fired = make_chan(&kInt64, n);
  for (int round = 0; round < rounds; round++) {
    int64_t now = csp_time_runtimeNano();
    for (int i = 0; i < n; i++) {
      csp_closure* f = closure([st, i](csp_g* g) { send_int(g, st->fired, i); });
      st->timers[i] = csp_time_startTimer(now + int64_t{(i * 37) % 500} * 1000, 0, f);
      st->stopped[i] = false;
    }
    // Stop every third while the heap is firing, reset every fifth further out.
    int64_t expect = n;
    for (int i = 0; i < n; i++) {
      if (i % 3 == 0 && csp_time_stopTimer(st->timers[i])) {
        st->stopped[i] = true;
        expect--;
      } else if (i % 5 == 0 && csp_time_stopTimer(st->timers[i])) {
        // Stopped before it ran: pushed back instead (time.Timer.Reset after Stop).
        CHECK(!csp_time_resetTimer(st->timers[i], csp_time_runtimeNano() + 200 * 1000, 0));
      }
      if (i % 32 == 0) csp_runtime_Gosched();
    }
    uint8_t got[1024] = {};
    for (int64_t k = 0; k < expect; k++) {
      int64_t i = recv_int(g, st->fired);
      CHECK(i >= 0 && i < n && !st->stopped[i] && got[i] == 0);
      got[i] = 1;
    }
    // Nothing more fires: a stopped timer's function must not run late.
    csp_time_Sleep(2 * 1000 * 1000);
    CHECK(csp_chan_len(st->fired) == 0);
  }
}

PROGRAM_TEST(TimersStopAndResetWhileFiring, timer_main)

// A ticker (period > 0) starts its function once per period until stopped.
struct TickState {
  void* ticks;
  std::atomic<int64_t> count{0};
};

void ticker_main(csp_g* g) {
  const int want = 50;
  auto* st = shared<TickState>();
  st->ticks = make_chan(&kInt64, 1024);
  csp_closure* f = closure<false>([st](csp_g* g) { send_int(g, st->ticks, st->count.fetch_add(1)); });
  uint64_t t = csp_time_startTimer(csp_time_runtimeNano() + 100 * 1000, 200 * 1000, f);
  uint8_t seen[1024] = {};
  for (int k = 0; k < want; k++) {
    int64_t v = recv_int(g, st->ticks);
    CHECK(v >= 0 && v < 1024 && seen[v] == 0);
    seen[v] = 1;
  }
  CHECK(csp_time_stopTimer(t));   // a ticker is always pending between ticks
  CHECK(!csp_time_stopTimer(t));  // and stopped now
}

PROGRAM_TEST(TickerTicksUntilStopped, ticker_main)

// ---- the scheduler ------------------------------------------------------------------------

// Waves of short goroutines: G records and stacks are reused (and, under TSan, each run gets
// a fresh fiber).
struct ChurnState {
  void* done;
  int64_t values[1024];
};

void churn_main(csp_g* g) {
  const int waves = 400 / kScale, per = 1000;
  auto* st = shared<ChurnState>();
  st->done = make_chan(&kInt64, 64);
  for (int w = 0; w < waves; w++) {
    for (int i = 0; i < per; i++)
      spawn(g, [st, i, w](csp_g* g) {
        st->values[i] = int64_t{w} * per + i;
        send_int(g, st->done, i);
      });
    for (int i = 0; i < per; i++) {
      int64_t k = recv_int(g, st->done);
      CHECK(st->values[k] == int64_t{w} * per + k);
    }
  }
  CHECK(csp_runtime_NumGoroutine() <= 1 + per);
}

PROGRAM_TEST(GoroutineChurn, churn_main)

// Goroutines that only yield, while main moves GOMAXPROCS between 1 and 4: retired workers
// hand their queues over and come back.
struct YieldState {
  WaitGroup wg{0};
  int64_t rounds[64];  // each goroutine's own slot, read by main after wg
};

void yield_main(csp_g* g) {
  const int goroutines = 64, per = 8000 / kScale;
  auto* st = shared<YieldState>();
  st->wg.left = goroutines;
  for (int i = 0; i < goroutines; i++)
    spawn(g, [st, i](csp_g*) {
      for (int k = 0; k < per; k++) {
        st->rounds[i]++;
        csp_runtime_Gosched();
      }
      st->wg.done();
    });
  for (int k = 0; k < 800 / kScale; k++) {
    csp_runtime_GOMAXPROCS(1 + k % kProcs);
    csp_runtime_Gosched();
  }
  csp_runtime_GOMAXPROCS(kProcs);
  st->wg.wait();
  for (int i = 0; i < goroutines; i++) CHECK(st->rounds[i] == per);
}

PROGRAM_TEST(YieldWhileGomaxprocsChanges, yield_main)

// Parked goroutines hold the only references to heap data on their stacks while main forces
// collections and allocates garbage; after the release each finds its data intact.
struct ParkState {
  void* release;
  void* results;
};

void gc_parked_main(csp_g* g) {
  const int n = 8000 / kScale;
  auto* st = shared<ParkState>();
  st->release = make_chan(&kInt64, 0);
  st->results = make_chan(&kInt64, n);
  for (int i = 0; i < n; i++)
    spawn(g, [st, i](csp_g* g) {
      auto* data = static_cast<int64_t*>(GC_MALLOC(sizeof(int64_t) * 16));
      for (int k = 0; k < 16; k++) data[k] = int64_t{i} * 16 + k;
      recv_int(g, st->release);  // data lives only in this frame while parked
      int64_t ok = 1;
      for (int k = 0; k < 16; k++) ok &= data[k] == int64_t{i} * 16 + k;
      send_int(g, st->results, ok);
    });
  for (int round = 0; round < 5; round++) {
    for (int k = 0; k < 80000 / kScale; k++) {
      auto* junk = static_cast<int64_t*>(GC_MALLOC(64 * sizeof(int64_t)));
      junk[0] = k;
    }
    GC_gcollect();
  }
  csp_chan_close(g, st->release);
  int64_t good = 0;
  for (int i = 0; i < n; i++) good += recv_int(g, st->results);
  CHECK(good == n);
}

PROGRAM_TEST(GcScansParkedGoroutines, gc_parked_main)

// Goroutines that call Gosched on long queues wait in their workers' yield queues, which
// take turns with the local queues; idle workers rob the yield queue of a worker that runs
// one goroutine for a while once its local queue is empty. 2,000 goroutines each run 40
// steps of a few microseconds of work (long enough to look stuck to a thief) with a Gosched
// after each, counting their steps in their own slots: a goroutine run twice at once, or
// lost, shows in the counts or never reaches the wait group.
struct YieldQueueState {
  WaitGroup wg{0};
  int64_t steps[2000];
  std::atomic<int64_t> sink{0};
};

void yield_queue_main(csp_g* g) {
  const int n = 2000 / kScale, steps = 40;
  auto* st = shared<YieldQueueState>();
  st->wg.left = n;
  for (int i = 0; i < n; i++)
    spawn(g, [st, i](csp_g*) {
      for (int k = 0; k < steps; k++) {
        uint64_t x = static_cast<uint64_t>(i) * 64 + static_cast<uint64_t>(k);
        for (int spin = 0; spin < 2000; spin++) x = mix(x);
        st->sink.fetch_add(static_cast<int64_t>(x & 1), std::memory_order_relaxed);
        st->steps[i]++;  // this goroutine's alone: ordered by the runtime across workers
        csp_runtime_Gosched();
      }
      st->wg.done();
    });
  st->wg.wait();
  for (int i = 0; i < n; i++) CHECK(st->steps[i] == steps);
}

PROGRAM_TEST(YieldQueuesTakeTurnsAndAreRobbed, yield_queue_main)

}  // namespace

// ---- the GIL (runtime/sched/gil.h) ----------------------------------------------------------
//
// C++ goroutines stand in for csp code: they poll where codegen would (gil_checkpoint at their
// loop back-edges), park on channels and semaphores, and block "in a system call" between
// gil_blocking_begin and gil_blocking_end. What the GIL promises is checked directly: only one
// goroutine at a time is between two of those points (an atomic count of goroutines inside,
// which must never exceed 1), and it holds the GIL there; data written by one goroutine and
// read by the next without any other synchronization (plain counters) is ordered by the GIL
// alone, which is what ThreadSanitizer checks in the TSan build.

#define GIL_PROGRAM_TEST(name, main_fn, interval_ns)                                        \
  const bool gil_registered_##name = (gil_programs()[#name] = interval_ns, true);           \
  PROGRAM_TEST(name, main_fn)

struct GilState {
  std::atomic<int> inside{0};
  int64_t plain = 0;          // written only while holding the GIL
  int64_t per[8] = {};        // each goroutine's own count, read by main at the end
  void* tick;                 // chan int64, unbuffered: parks in the middle of the work
  WaitGroup done{0};
};

// One step of work "in csp code": nobody else may be inside.
void gil_step(GilState* st, int me) {
  CHECK(csp::rt::gil_held_here());
  CHECK(st->inside.fetch_add(1, std::memory_order_relaxed) == 0);
  st->plain++;
  st->per[me]++;
  CHECK(st->inside.fetch_sub(1, std::memory_order_relaxed) == 1);
}

// Four goroutines compute (polling), park on a channel now and then, block in a fake system
// call, yield; the total of unsynchronised increments is exact, and the waiters' requests
// made the holders drop the GIL (forced switches).
void gil_exclusion_main(csp_g* g) {
  const int workers = 4, steps = 200000 / kScale;
  auto* st = shared<GilState>();
  st->tick = make_chan(&kInt64, 0);
  st->done.left = workers + 1;
  for (int me = 0; me < workers; me++) {
    spawn(g, [st, me](csp_g* g) {
      for (int i = 0; i < steps; i++) {
        gil_step(st, me);
        for (volatile int k = 0; k < 50; k++) {
        }
        csp::rt::gil_checkpoint();
        if (i % 5000 == 4999) {
          csp::rt::gil_blocking_begin();
          CHECK(!csp::rt::gil_held_here());
          usleep(200);
          csp::rt::gil_blocking_end();
        }
        if (i % 20000 == 0) csp_runtime_Gosched();
      }
      st->done.done();
    });
  }
  // A fifth goroutine talks to main through the unbuffered channel meanwhile.
  spawn(g, [st](csp_g* g) {
    for (int64_t i = 0; i < 200; i++) send_int(g, st->tick, i);
    st->done.done();
  });
  int64_t sum = 0;
  for (int i = 0; i < 200; i++) sum += recv_int(g, st->tick);
  CHECK(sum == 199 * 200 / 2);
  st->done.wait();
  CHECK(st->plain == int64_t{workers} * steps);
  for (int me = 0; me < workers; me++) CHECK(st->per[me] == steps);
  csp::rt::GilCounts c = csp::rt::gil_counts();
  CHECK(c.drop_requests > 0);
  CHECK(c.forced_switches > 0);
}

GIL_PROGRAM_TEST(GilExcludesAndHandsOff, gil_exclusion_main, 200 * 1000)

// Two goroutines take turns through a plain turn variable, each spinning (and polling) until
// it is its turn: every turn needs the spinner to drop the GIL at a poll so that the other can
// run, i.e. a drop request and a real hand-off. Without them this never finishes.
struct TurnState {
  std::atomic<int64_t> turn{0};
  int64_t log[2] = {};
  WaitGroup done{2};
};

void gil_turns_main(csp_g* g) {
  const int64_t turns = 400 / kScale;
  auto* st = shared<TurnState>();
  for (int me = 0; me < 2; me++) {
    spawn(g, [st, me, turns](csp_g* g) {
      for (;;) {
        int64_t t = st->turn.load(std::memory_order_relaxed);
        if (t >= 2 * turns) break;
        if (t % 2 == me) {
          st->log[me] += t;  // plain: ordered by the GIL hand-offs
          st->turn.store(t + 1, std::memory_order_relaxed);
        }
        csp::rt::gil_checkpoint();
      }
      st->done.done();
    });
  }
  st->done.wait();
  CHECK(st->log[0] == turns * (turns - 1));  // 0 + 2 + ... + 2(turns-1)
  CHECK(st->log[1] == turns * turns);        // 1 + 3 + ... + 2turns-1
  CHECK(csp::rt::gil_counts().forced_switches >= static_cast<uint64_t>(turns));
}

GIL_PROGRAM_TEST(GilTurnsNeedForcedSwitches, gil_turns_main, 50 * 1000)

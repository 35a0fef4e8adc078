// runtime/sched/sema.h: semaphores and notify lists for the sync package (Go's sema.go).
// Internal to runtime/ and stdlib/sync.
//
// semacquire(addr) waits until *addr > 0 and decrements it; semrelease(addr) increments it
// and wakes one waiter. Waiters are kept in a table of buckets hashed by address (Go's
// semtable), each behind its own lock, so a semaphore is just a uint32 in the user's struct
// (sync.Mutex's sema field) and costs nothing until someone waits.
// A notify list (sync.Cond) hands out tickets; notify_one wakes the oldest waiter that has not
// been notified, notify_all every waiter up to the current ticket.
#pragma once

#include "runtime/sched/sched.h"

#include <cstdint>

namespace csp::rt {

// lifo: wait at the front of the queue (sync.Mutex: a waiter woken before that lost the race
// to a newcomer). handoff: after readying a waiter, yield to it (sync.Mutex in starvation
// mode hands over the lock itself, which the waiter then holds, so it should run now).
void semacquire(uint32_t* addr, WaitReason reason, bool lifo = false);
void semrelease(uint32_t* addr, bool handoff = false);

struct NotifyList;  // lives in the user's struct: see csp_sync notifyList (two words)
uint32_t notify_list_add(void* list);
void notify_list_wait(void* list, uint32_t ticket);
void notify_list_notify_one(void* list);
void notify_list_notify_all(void* list);

}  // namespace csp::rt

// fork() and clients made before it. Every client's I/O loop is enrolled here. Before a fork
// (pthread_atfork's prepare), each loop's driver is brought to rest between two turns, so that
// no ctct callback runs and ctct's threads hold no ctct lock while the process is copied; after
// it the parent's loops go on. In the child only the forking thread exists: each engine leaves
// the parent's loop untouched (its mutexes, sockets and TLS sessions are the parent's) and makes
// a new loop and I/O thread on its first use there (http/engine.cpp).
// Internal: for the core and the bindings (the ctct_internal target), never installed.
#pragma once

namespace ctct {

// For a binding whose own fork hook runs before pthread_atfork's while it holds a lock that a
// loop's callbacks need (Python's GIL): brings every loop to rest with that lock released,
// until resume_after_fork() in the parent. The child needs no call.
void rest_loops_for_fork();
void resume_after_fork();

}  // namespace ctct

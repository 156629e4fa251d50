/* What brotli's command-line tool calls that WASI has no notion of: file ownership and
 * permission bits.  Succeeding without effect is what the tool needs. */
#include <sys/stat.h>
#include <sys/types.h>

int chown(const char *path, uid_t owner, gid_t group) { (void)path; (void)owner; (void)group; return 0; }
int chmod(const char *path, mode_t mode) { (void)path; (void)mode; return 0; }

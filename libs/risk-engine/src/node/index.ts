export { loadProfileFromDir, readProfileDocument, SALW_DEFAULT_PROFILE_DIR } from './load-profile-from-dir';
export { readProfileOption } from './read-profile-option';

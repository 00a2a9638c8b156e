export { loadProfileFromDir, readProfileDocument, SALW_DEFAULT_PROFILE_DIR } from './load-profile-from-dir';

export * from './errors';
export * from './common';
export * from './divisions';
export * from './auth';
export * from './staff';
export * from './system';
export * from './route';
export * from './routes';

export * from './country.view';
export * from './framework.view';
export * from './period.view';
export * from './process.view';
export * from './treaty-status.view';

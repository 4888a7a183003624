/// <reference types="@tarojs/taro" />

declare module '*.png';
declare module '*.gif';
declare module '*.jpg';
declare module '*.jpeg';
declare module '*.svg';
declare module '*.css';
declare module '*.scss';

declare namespace NodeJS {
  interface ProcessEnv {
    NODE_ENV: 'development' | 'production' | 'test';
    /** The platform this bundle was built for. */
    TARO_ENV: 'weapp' | 'h5';
    /** API origin, e.g. https://315.example.gov.cn; empty on H5 means same origin. */
    TARO_APP_API_BASE?: string;
    /** Subscribe-message template id for complaint status changes; empty: do not ask. */
    TARO_APP_COMPLAINT_TEMPLATE_ID?: string;
    /** Subscribe-message template id for a report's decision (举报); empty: do not ask. */
    TARO_APP_REPORT_TEMPLATE_ID?: string;
    /** Subscribe-message template id for a 法润乡村 session reminder (普法); empty: do not ask. */
    TARO_APP_LAW_SESSION_TEMPLATE_ID?: string;
    /** WeChat AppID of the mini-program build. */
    TARO_APP_ID?: string;
  }
}
